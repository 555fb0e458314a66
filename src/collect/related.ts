import { labelVectors } from './related-labels.js';
import { rankByDotProduct } from './related-rank.js';
import { textVectors } from './related-text.js';
import type { SparseVector } from './related-vector.js';

/** What the related-posts finder needs to know about one post. */
export interface RelatedInput {
  title: string;
  /** Plain text of the body, paragraphs separated by "\n". */
  text: string;
  /** Tags, already normalised (NFKC, case-merged) by the caller. */
  tags: string[];
  /** Categories, normalised like tags. */
  categories: string[];
  /** Publication time in ms. */
  time: number;
}

/*
 * How two posts a, b are scored:
 *
 *   score(a, b) = Σ over shared tags        IDF(tag)
 *               + Σ over shared categories  CATEGORY_WEIGHT × IDF(category)
 *               + TEXT_WEIGHT × cosine(text vector of a, text vector of b)
 *
 * IDF is the smoothed BM25 form, so a tag on 5 posts weighs far more than one on half the
 * blog. A text vector is the TF-IDF (sublinear TF, title words counted TITLE_BOOST times)
 * of the post's index terms — kanji bigrams, katakana words, Latin words — cut to its
 * MAX_TERMS heaviest terms; terms and labels on more than MAX_*_SHARE of the posts are
 * dropped as too common. Both parts are dot products of small sparse vectors, so one
 * inverted index computes them together, comparing a post only with posts it shares a
 * kept term or label with. Only positive scores count; ties go to the newer post, then the
 * lower index. Nothing depends on anything but the input, so the output is reproducible.
 */

/**
 * Text against labels: a text cosine of 0.25 (two posts on one story) is then worth about one
 * shared tag on a tenth of the posts. Set on the noisy-tag corpus of the tests: much lower and
 * one wrong tag drags in a wrong topic; much higher and, when posts say little, text noise wins.
 */
const TEXT_WEIGHT = 8;
/** Categories are broad and few, so they count less than tags of the same rarity. */
const CATEGORY_WEIGHT = 0.5;
/** Terms kept per post: enough to describe it, few enough to keep 10,000 posts well under 1 GB. */
const MAX_TERMS = 40;
/** Labels kept per post (the rarest). */
const MAX_LABELS = 20;
/** Words in more than a fifth of the posts are the blog's house vocabulary, not a topic. */
const MAX_TERM_SHARE = 0.2;
/** A tag on more than half the posts (say "AI") tells nearly nothing and would compare all pairs. */
const MAX_LABEL_SHARE = 0.5;
/** A title word counts as this many body words: titles say what a post is about. */
const TITLE_BOOST = 3;

/** For each post, the indices of up to `limit` related posts, best first; never the post itself. */
export function findRelated(posts: readonly RelatedInput[], limit = 5): number[][] {
  const max = Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : posts.length;
  if (posts.length === 0) return [];
  if (max === 0) return posts.map(() => []);
  const text = textVectors(posts, {
    maxTerms: MAX_TERMS,
    maxShare: MAX_TERM_SHARE,
    titleBoost: TITLE_BOOST,
    length: Math.sqrt(TEXT_WEIGHT),
  });
  const labels = labelVectors(posts, {
    tagWeight: 1,
    categoryWeight: CATEGORY_WEIGHT,
    maxShare: MAX_LABEL_SHARE,
    maxLabels: MAX_LABELS,
    firstId: text.termCount,
  });
  // Label ids start after every text id, so concatenating keeps each vector sorted by id.
  const vectors = text.vectors.map((vector, i): SparseVector => concat(vector, labels.vectors[i]!));
  // A missing or broken date sorts as the oldest rather than poisoning comparisons with NaN.
  const times = posts.map((post) => (Number.isFinite(post.time) ? post.time : -Infinity));
  return rankByDotProduct(vectors, text.termCount + labels.labelCount, times, max);
}

function concat(a: SparseVector, b: SparseVector): SparseVector {
  const terms = new Uint32Array(a.terms.length + b.terms.length);
  terms.set(a.terms);
  terms.set(b.terms, a.terms.length);
  const weights = new Float64Array(terms.length);
  weights.set(a.weights);
  weights.set(b.weights, a.weights.length);
  return { terms, weights };
}
