import { idf, isTooCommon, TermTable, topTerms, type SparseVector } from './related-vector.js';

/** How tags and categories become a vector; see `findRelated` for the values used. */
export interface LabelVectorOptions {
  /** What one shared tag of IDF 1 adds to a score. */
  tagWeight: number;
  /** What one shared category of IDF 1 adds to a score. */
  categoryWeight: number;
  /** Labels on more than this share of posts are dropped as too common. */
  maxShare: number;
  /** Labels kept per post (the rarest), so a post with 200 tags cannot blow up the index. */
  maxLabels: number;
  /** First id to use, so label ids never collide with text term ids. */
  firstId: number;
}

/**
 * One vector of tags and categories per post, weighted so that the dot product of two
 * posts is the sum, over the labels they share, of `weight × IDF(label)`: each side
 * carries √(weight × IDF), and √x · √x = x.
 */
export function labelVectors(
  posts: readonly { tags: readonly string[]; categories: readonly string[] }[],
  options: LabelVectorOptions,
): { vectors: SparseVector[]; labelCount: number } {
  const table = new TermTable();
  // Tags and categories live in separate namespaces: tag "LLM" is not category "LLM".
  const categoryIds = new Set<number>();
  const perPost = posts.map((post) => {
    // A Set, because a label listed twice on one post is still one label.
    const ids = new Set<number>();
    for (const tag of post.tags) if (tag !== '') ids.add(table.id(`t:${tag}`));
    for (const category of post.categories) {
      if (category === '') continue;
      const id = table.id(`c:${category}`);
      ids.add(id);
      categoryIds.add(id);
    }
    for (const id of ids) table.df[id]!++;
    return [...ids].sort((a, b) => a - b);
  });
  const n = posts.length;
  const vectors = perPost.map((ids) => {
    const terms: number[] = [];
    const weights: number[] = [];
    for (const id of ids) {
      const df = table.df[id]!;
      if (df < 2 || isTooCommon(df, n, options.maxShare)) continue;
      const weight = categoryIds.has(id) ? options.categoryWeight : options.tagWeight;
      terms.push(id + options.firstId);
      weights.push(Math.sqrt(weight * idf(df, n)));
    }
    return topTerms(terms, weights, options.maxLabels, 0);
  });
  return { vectors, labelCount: table.size };
}
