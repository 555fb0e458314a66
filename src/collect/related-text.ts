import { forEachTerm } from './related-tokens.js';
import { idf, isTooCommon, TermTable, topTerms, type SparseVector } from './related-vector.js';

/** How text becomes a vector; see `findRelated` for the values used. */
export interface TextVectorOptions {
  /** Terms kept per post: bounds memory and the work per query. */
  maxTerms: number;
  /** Terms in more than this share of posts are dropped as too common. */
  maxShare: number;
  /** A title occurrence counts as this many body occurrences. */
  titleBoost: number;
  /** Euclidean length of each vector, so that a dot product is this squared times a cosine. */
  length: number;
}

/** What one post's text counted, before we know which terms are rare. */
interface TermCounts {
  ids: Uint32Array;
  counts: Float32Array;
}

/**
 * TF-IDF vectors of title and body, one per post, each cut to its `maxTerms` heaviest terms.
 * Terms in a single post are dropped first (they can match nothing), as are too-common ones.
 */
export function textVectors(
  posts: readonly { title: string; text: string }[],
  options: TextVectorOptions,
): { vectors: SparseVector[]; termCount: number } {
  const table = new TermTable();
  // A dense array beats a Map per post: ids are small integers and counting is the hot loop.
  const scratch: number[] = [];
  const counted: (TermCounts | undefined)[] = posts.map((post) => countTerms(post, table, options.titleBoost, scratch));
  const n = posts.length;
  const vectors = counted.map((entry, index) => {
    // Free each full count list once weighed: only the short vectors survive the pass.
    counted[index] = undefined;
    const terms: number[] = [];
    const weights: number[] = [];
    for (let i = 0; i < entry!.ids.length; i++) {
      const id = entry!.ids[i]!;
      const df = table.df[id]!;
      if (df < 2 || isTooCommon(df, n, options.maxShare)) continue;
      terms.push(id);
      // Sublinear TF: the tenth mention of a word says less than the second.
      weights.push((1 + Math.log(entry!.counts[i]!)) * idf(df, n));
    }
    return topTerms(terms, weights, options.maxTerms, options.length);
  });
  return { vectors, termCount: table.size };
}

/** Counts one post's terms into `scratch` (count per term id, all zero between posts). */
function countTerms(post: { title: string; text: string }, table: TermTable, titleBoost: number, scratch: number[]): TermCounts {
  const seen: number[] = [];
  const add = (weight: number) => (term: string) => {
    const id = table.id(term);
    if (id === scratch.length) scratch.push(0);
    if (scratch[id] === 0) seen.push(id);
    scratch[id]! += weight;
  };
  forEachTerm(post.title, add(titleBoost));
  forEachTerm(post.text, add(1));
  const ids = Uint32Array.from(seen);
  const counts = Float32Array.from(seen, (id) => scratch[id]!);
  for (const id of seen) {
    scratch[id] = 0;
    table.df[id]!++;
  }
  return { ids, counts };
}
