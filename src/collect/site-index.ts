import type { ResolvedConfig } from '../config/types.js';
import type { SourcePost } from '../load/types.js';
import type { RenderedBody } from '../render/render-post.js';
import { error, type Diagnostic } from '../report/diagnostic.js';
import { zonedParts } from '../util/timezone.js';
import { archiveBase, collectArchives, type ArchiveYear } from './archives.js';
import { postPath } from './permalink.js';
import { findRelated, type RelatedInput } from './related.js';
import { collectTaxonomy, termKey, type Taxonomy, type Term } from './taxonomy.js';

/** Where a post's Open Graph image comes from. */
export interface PostImage {
  /** Site path (`/og/2025/12/03/x.png`) or absolute URL. */
  path: string;
  /** True when the build draws the card; false when the post's own image file is used. */
  generated: boolean;
}

/** A post with everything pages, feeds and cards need. */
export interface IndexedPost {
  source: SourcePost;
  body: RenderedBody;
  /** Decoded site path, e.g. `/2026/03/10/生成AIと著作権/`. */
  path: string;
  /** Front matter excerpt, else the first paragraph cut at a sentence end. */
  excerpt: string;
  /** Meta description: front matter description, else the excerpt. */
  description: string;
  /** Front matter `reading_time`, else computed from characters. */
  readingMinutes: number;
  tags: Term[];
  categories: Term[];
  /** Index of the next older and next newer post, or null. */
  older: number | null;
  newer: number | null;
  /** Indices of related posts, best first. */
  related: number[];
  image: PostImage;
}

/** The whole site as data: posts newest first, taxonomies, archives. */
export interface SiteIndex {
  posts: IndexedPost[];
  tags: Taxonomy;
  categories: Taxonomy;
  archives: ArchiveYear[];
}

/**
 * Finds related posts (`findRelated`), given also each post's file hash (its body text comes
 * from it): `build` passes one that answers from a cache when nothing changed.
 */
export type RelatedFinder = (inputs: readonly RelatedInput[], fileHashes: readonly string[]) => number[][];

/** Newest first; ties broken by file path, so order never depends on the file system. */
export function sortPosts<T extends { date: Date; file: string }>(posts: readonly T[]): T[] {
  return [...posts].sort((a, b) => b.date.getTime() - a.date.getTime() || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The card path of a post: its own `image` when the file exists, else generated there or under `/og/`. */
function imageFor(post: SourcePost, path: string, config: ResolvedConfig, assetExists: (sitePath: string) => boolean): PostImage {
  const image = post.image;
  if (image && /^https?:\/\//i.test(image)) return { path: image, generated: false };
  if (image) {
    const sitePath = image.startsWith('/') ? image : `/${image}`;
    // A missing file is drawn at exactly that path, so links already shared keep working.
    return { path: sitePath, generated: !assetExists(sitePath) };
  }
  const d = zonedParts(post.date, config.timezone);
  const slug = path.split('/').filter(Boolean).pop() ?? 'post';
  return { path: `/og/${d.year}/${pad(d.month)}/${pad(d.day)}/${slug}.png`, generated: true };
}

/**
 * Builds the site index from published posts and their rendered bodies (same order):
 * sorts, assigns paths (an error names both files when two posts claim one URL), groups
 * tags, categories and archives, links neighbours and finds related posts.
 */
export function collectSite(
  sources: readonly SourcePost[],
  bodies: ReadonlyMap<SourcePost, RenderedBody>,
  config: ResolvedConfig,
  assetExists: (sitePath: string) => boolean,
  diagnostics: Diagnostic[],
  options: { related?: boolean | RelatedFinder } = {},
): SiteIndex {
  const sorted = sortPosts(sources);
  const tags = collectTaxonomy(sorted, 'tags', config, diagnostics);
  const categories = collectTaxonomy(sorted, 'categories', config, diagnostics);
  const termsOf = (tax: Taxonomy, names: string[]) => [...new Set(names.map(termKey))].map((k) => tax.byKey.get(k)).filter((t): t is Term => !!t);

  const owners = new Map<string, SourcePost>();
  const posts: IndexedPost[] = sorted.map((source, i) => {
    const body = bodies.get(source) as RenderedBody;
    const cats = termsOf(categories, source.categories);
    const path = postPath(source, config, cats.map((c) => c.slug));
    const owner = owners.get(path);
    if (owner) {
      diagnostics.push(
        error(source.file, { line: source.keyLines.permalink ?? 1, column: 1 }, 'duplicate-url', `Post has the same URL ${path} as ${owner.file}`, 'Rename one of the files or give one a different "permalink".'),
      );
    } else owners.set(path, source);
    const excerpt = source.excerpt ?? body.excerpt;
    return {
      source,
      body,
      path,
      excerpt,
      description: source.description ?? excerpt,
      readingMinutes: source.readingTime ?? body.readingMinutes,
      tags: termsOf(tags, source.tags),
      categories: cats,
      older: i + 1 < sorted.length ? i + 1 : null,
      newer: i > 0 ? i - 1 : null,
      related: [],
      image: imageFor(source, path, config, assetExists),
    };
  });

  if (options.related === false) return { posts, tags, categories, archives: collectArchives(sorted.map((p) => p.date), config.timezone, archiveBase(config.permalink)) };
  const find: RelatedFinder = typeof options.related === 'function' ? options.related : (inputs) => findRelated(inputs);
  const related = find(
    posts.map((p) => ({
      title: p.source.title,
      get text() {
        return p.body.text;
      },
      tags: p.tags.map((t) => t.key),
      categories: p.categories.map((c) => c.key),
      time: p.source.date.getTime(),
    })),
    posts.map((p) => p.source.hash),
  );
  posts.forEach((p, i) => (p.related = related[i] ?? []));
  return { posts, tags, categories, archives: collectArchives(sorted.map((p) => p.date), config.timezone, archiveBase(config.permalink)) };
}
