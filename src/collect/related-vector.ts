/** A small sparse vector: term ids (ascending) and their weights, as compact typed arrays. */
export interface SparseVector {
  terms: Uint32Array;
  weights: Float64Array;
}

/** Interns term strings as dense ids and counts, per id, how many posts contain the term. */
export class TermTable {
  readonly #ids = new Map<string, number>();
  /** Document frequency per term id. */
  readonly df: number[] = [];

  /** The id of `term`, assigned on first sight, so ids follow input order (deterministic). */
  id(term: string): number {
    let id = this.#ids.get(term);
    if (id === undefined) {
      id = this.df.length;
      this.#ids.set(term, id);
      this.df.push(0);
    }
    return id;
  }

  /** How many distinct terms were seen. */
  get size(): number {
    return this.df.length;
  }
}

/**
 * Smoothed IDF (the BM25 form): large for rare terms, near zero — but still positive —
 * for terms in every post, so even a two-post blog whose posts share a tag relates them.
 */
export function idf(df: number, postCount: number): number {
  return Math.log(1 + (postCount - df + 0.5) / (df + 0.5));
}

/**
 * Whether a term is in too many posts to be worth indexing: its weight is small and its
 * postings list long, so it would cost time (all pairs, in the limit) and tell us little.
 * Small blogs keep everything: the floor stops a 5-post blog from losing its only links.
 */
export function isTooCommon(df: number, postCount: number, maxShare: number): boolean {
  return df > Math.max(COMMON_FLOOR, maxShare * postCount);
}

/** Below this many posts a term is never "too common". */
const COMMON_FLOOR = 20;

/**
 * Keeps the `max` heaviest positive entries (ties: lower term id first), scaled so that their
 * Euclidean length is `length` (0 leaves them unscaled), sorted by term id for merging.
 */
export function topTerms(terms: number[], weights: number[], max: number, length: number): SparseVector {
  // Zero weights are dropped: the ranker relies on every indexed weight being positive.
  const order = terms.map((_, i) => i).filter((i) => weights[i]! > 0);
  order.sort((a, b) => weights[b]! - weights[a]! || terms[a]! - terms[b]!);
  const kept = order.slice(0, max).sort((a, b) => terms[a]! - terms[b]!);
  let norm = 0;
  for (const i of kept) norm += weights[i]! * weights[i]!;
  const scale = length > 0 && norm > 0 ? length / Math.sqrt(norm) : 1;
  return {
    terms: Uint32Array.from(kept, (i) => terms[i]!),
    weights: Float64Array.from(kept, (i) => weights[i]! * scale),
  };
}
