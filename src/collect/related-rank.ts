import type { SparseVector } from './related-vector.js';

/** Scores are compared in units of 1e-9, so that float rounding never beats recency. */
const SCORE_RESOLUTION = 1e9;

/**
 * For each post, the up to `limit` other posts with the largest positive dot product of
 * vectors, best first; equal scores go to the newer post, then the lower index.
 *
 * Works from an inverted index (term → posts that kept it), so a post is only ever
 * compared with posts it shares a term with; the cost is the sum of the postings walked,
 * which the caller keeps small by capping terms per post and dropping common terms.
 * The score is symmetric, so each pair is scored once, from its lower index, and offered
 * to both posts' lists: half the walking of querying every post in full.
 */
export function rankByDotProduct(
  vectors: readonly SparseVector[],
  termCount: number,
  times: readonly number[],
  limit: number,
): number[][] {
  const n = vectors.length;
  const { offsets, posts, weights } = invert(vectors, termCount);
  // Postings are in post order, so while post `self` is scored, `cursor[t]` is its own
  // slot in the postings of each of its terms t, and the later posts start right after.
  const cursor = offsets.slice(0, termCount);
  // One dense accumulator reused for every post; `touched` lists the slots to read and clear.
  const scores = new Float64Array(n);
  const touched = new Uint32Array(n);
  const best = vectors.map((): number[] => []);
  const bestScores = vectors.map((): number[] => []);
  for (const [self, vector] of vectors.entries()) {
    let touchedCount = 0;
    for (let k = 0; k < vector.terms.length; k++) {
      const term = vector.terms[k]!;
      const weight = vector.weights[k]!;
      const end = offsets[term + 1]!;
      for (let j = cursor[term]!++ + 1; j < end; j++) {
        const other = posts[j]!;
        // Every weight is positive, so a zero slot has not been touched yet for this post.
        if (scores[other] === 0) touched[touchedCount++] = other;
        scores[other]! += weight * weights[j]!;
      }
    }
    for (let i = 0; i < touchedCount; i++) {
      const other = touched[i]!;
      const score = Math.round(scores[other]! * SCORE_RESOLUTION);
      scores[other] = 0;
      if (score <= 0) continue;
      insertRanked(best[self]!, bestScores[self]!, other, score, times, limit);
      insertRanked(best[other]!, bestScores[other]!, self, score, times, limit);
    }
  }
  return best;
}

/** Inserts `post` into the ranked list if it belongs in the top `limit` (insertion: `limit` is small). */
function insertRanked(
  best: number[],
  bestScores: number[],
  post: number,
  score: number,
  times: readonly number[],
  limit: number,
): void {
  let at = best.length;
  while (at > 0 && ranksAbove(post, score, best[at - 1]!, bestScores[at - 1]!, times)) at--;
  if (at >= limit) return;
  best.splice(at, 0, post);
  bestScores.splice(at, 0, score);
  if (best.length > limit) {
    best.pop();
    bestScores.pop();
  }
}

function ranksAbove(a: number, scoreA: number, b: number, scoreB: number, times: readonly number[]): boolean {
  if (scoreA !== scoreB) return scoreA > scoreB;
  if (times[a] !== times[b]) return times[a]! > times[b]!;
  return a < b;
}

/** Postings in compressed-row form: the posts holding term `t` are `posts[offsets[t] .. offsets[t + 1]]`. */
function invert(
  vectors: readonly SparseVector[],
  termCount: number,
): { offsets: Uint32Array; posts: Uint32Array; weights: Float64Array } {
  const offsets = new Uint32Array(termCount + 1);
  for (const vector of vectors) for (const term of vector.terms) offsets[term + 1]!++;
  for (let t = 0; t < termCount; t++) offsets[t + 1]! += offsets[t]!;
  const posts = new Uint32Array(offsets[termCount]!);
  const weights = new Float64Array(posts.length);
  const cursor = offsets.slice(0, termCount);
  for (const [post, vector] of vectors.entries()) {
    for (let k = 0; k < vector.terms.length; k++) {
      const slot = cursor[vector.terms[k]!]!++;
      posts[slot] = post;
      weights[slot] = vector.weights[k]!;
    }
  }
  return { offsets, posts, weights };
}
