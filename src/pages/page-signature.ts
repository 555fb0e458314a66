import { createHash } from 'node:crypto';
import type { IndexedPost, SiteIndex } from '../collect/site-index.js';
import type { PageJob } from './page-job.js';

/**
 * Signatures of pages: a page whose signature did not change shows exactly what it showed
 * before (with the same templates, code and config), so it is not rendered again. The dev
 * server compares them with its last good build (`src/build/incremental.ts`); `build` keeps
 * them in the output manifest, so a warm build renders only pages whose inputs changed.
 * Signatures are stable across processes: keys are short hashes, not counters.
 */
export class PageSignatures {
  private readonly keys = new WeakMap<IndexedPost, PostKeys>();

  /** `now` decides which posts are marked as future posts (the dev server and `--future` show them). */
  constructor(private readonly now: number = Date.now()) {}

  /**
   * What a page shows, as a short string: for a post page, its own content and the link (title,
   * URL, date) of its neighbours and related posts; for a list, each listed post's summary (its
   * link, category, draft mark and excerpt) and the list's
   * context (size and name of the tag, category or period; the term list of `/tags/`). A page
   * of a kind not known here depends on the whole site's shape, so it is never left stale.
   * `postIndex` is the index of the post a post page shows, or -1 for any other page.
   */
  of(index: SiteIndex, job: PageJob, postIndex: number, imageSize: ImageSize): string {
    const keys = (i: number | null) => {
      const listed = i === null ? undefined : index.posts[i];
      return listed ? this.keysOf(listed, imageSize) : null;
    };
    const post = index.posts[postIndex];
    if (post) {
      const link = (i: number | null) => keys(i)?.link ?? '-';
      return `P${this.keysOf(post, imageSize).own}|${link(post.older)}|${link(post.newer)}|${post.related.map(link).join(',')}`;
    }
    const base = /^(.*\/)page\/\d+\/$/.exec(job.path)?.[1] ?? job.path;
    const context = listContext(index).get(base);
    const item = (i: number) => keys(i)?.summary;
    return `L${shortHash(context?.key ?? siteShape(index))}|${job.posts.map(item).join(',')}`;
  }

  /** Drops what is known of a post that was changed in place. */
  forget(post: IndexedPost): void {
    this.keys.delete(post);
  }

  private keysOf(post: IndexedPost, imageSize: ImageSize): PostKeys {
    let keys = this.keys.get(post);
    if (!keys) {
      const s = post.source;
      const terms = (list: IndexedPost['tags']) => list.map((t) => `${t.name}\u0001${t.path}`).join('\u0002');
      const size = imageSize(post.image.path);
      const link = [post.path, s.title, s.date.getTime()].join('\0');
      keys = {
        link: shortHash(link),
        summary: shortHash([link, post.categories[0]?.name, post.categories[0]?.path, s.draft, post.excerpt].join('\0')),
        own: shortHash([s.hash, post.path, post.excerpt, post.description, post.readingMinutes, terms(post.tags), terms(post.categories), post.image.path, post.image.generated, size?.width, size?.height, s.date.getTime() > this.now].join('\0')),
      };
      this.keys.set(post, keys);
    }
    return keys;
  }
}

/** Pixel size of a PNG asset by site path, for og:image. */
export type ImageSize = (sitePath: string) => { width: number; height: number } | undefined;

/** Short ids of what pages show of a post: its link, its summary in lists, and its own page. */
interface PostKeys {
  link: string;
  summary: string;
  own: string;
}

/** A short hash of a long key, so signatures stay short, cheap to compare, and the same in every process. */
function shortHash(key: string): string {
  return createHash('sha1').update(key).digest('base64url').slice(0, 16);
}

/** A list's context: what it shows besides its posts (a count, a name, the list of terms or periods). */
interface ListContext {
  key: string;
}

const contexts = new WeakMap<SiteIndex, Map<string, ListContext>>();

/** The context of each list by the site path of its first page (lists are planned by `src/pages/list-pages.ts`). */
function listContext(index: SiteIndex): Map<string, ListContext> {
  let map = contexts.get(index);
  if (map) return map;
  map = new Map<string, ListContext>([
    ['/', { key: String(index.posts.length) }],
    ['/archives/', { key: index.archives.map((y) => `${y.path}=${y.posts.length}:${y.months.map((m) => `${m.path}=${m.posts.length}`).join(',')}`).join('\n') }],
    ['/404.html', { key: '' }],
  ]);
  for (const [base, taxonomy] of [['/tags/', index.tags], ['/categories/', index.categories]] as const) {
    map.set(base, { key: taxonomy.terms.map((t) => `${t.name}\u0001${t.path}\u0001${t.posts.length}`).join('\u0002') });
    for (const t of taxonomy.terms) map.set(t.path, { key: `${t.name}\u0001${t.posts.length}` });
  }
  for (const y of index.archives) {
    map.set(y.path, { key: String(y.posts.length) });
    for (const m of y.months) {
      map.set(m.path, { key: String(m.posts.length) });
      for (const d of m.days) map.set(d.path, { key: String(d.posts.length) });
    }
  }
  contexts.set(index, map);
  return map;
}

/** Everything about the site's shape at once: the context of a page this module does not know. */
function siteShape(index: SiteIndex): string {
  return [...listContext(index)].map(([path, context]) => `${path}=${context.key}`).join('\n');
}

