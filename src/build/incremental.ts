import type { ResolvedConfig } from '../config/types.js';
import { errorDiagnostic } from '../dev/error-diagnostic.js';
import { PageSignatures, type ImageSize } from '../pages/page-signature.js';
import { PostFiles } from '../dev/post-files.js';
import { collectSite, type IndexedPost, type SiteIndex } from '../collect/site-index.js';
import { checkSiteFacts } from '../check/in-build.js';
import { buildFeeds } from '../feeds/feeds.js';
import { buildRobots, buildSitemap } from '../feeds/sitemap.js';
import { selectPublished } from '../load/load-posts.js';
import type { SourcePost } from '../load/types.js';
import { planListPages } from '../pages/list-pages.js';
import type { PageJob } from '../pages/page-job.js';
import { planPostPages } from '../pages/post-pages.js';
import { makeSiteContext } from '../pages/site-context.js';
import { sitePathsOf } from '../pages/site-paths.js';
import type { SiteContext } from '../pages/types.js';
import type { RenderCache } from '../render/render-cache.js';
import type { RenderedBody } from '../render/render-post.js';
import { hasErrors, type Diagnostic } from '../report/diagnostic.js';
import { outputPathFor } from '../util/url.js';
import { assetImageSize, loadAssets } from './assets.js';
import { findPathCollisions } from './collisions.js';
import { lazyOutputFile, type OutputFile } from './output-file.js';
import { renderStage } from './render-stage.js';
import { Timer } from './timer.js';
import { buildSearch } from '../search/index.js';

/** What changed on disk since the last rebuild. */
export interface SiteChanges {
  /** Post files added, edited or deleted (absolute paths; other files are ignored). */
  posts?: readonly string[];
  /** Read the whole posts folder again (a folder was added or removed). */
  rescanPosts?: boolean;
  /** Something in the assets folder changed. */
  assets?: boolean;
  /** Recompute what other rebuilds carried over (related posts): see `unsettled`. */
  settle?: boolean;
}

/** One rebuild: the files it produced (some may be byte-identical to before) and what it found. */
export interface IncrementalResult {
  /** False when any error was found: `files` is then empty, and the last good output should stay. */
  ok: boolean;
  /** `initial`: everything; `fast`: only posts' contents changed, not their place in the site (see `shapeOf`); `site`: the index was collected again; `none`: nothing to do. */
  mode: 'initial' | 'fast' | 'site' | 'none';
  files: OutputFile[];
  /** Output paths of the last good build that no longer exist. */
  removed: string[];
  diagnostics: Diagnostic[];
  /** True when related posts were carried over from an earlier build (all but the first and settle rebuilds); a `settle` rebuild recomputes them. */
  unsettled: boolean;
  /** Milliseconds per step and counts. */
  stats: Record<string, number>;
}

/** The last build that succeeded: what its pages were made from, to tell which pages a change touches. */
interface GoodBuild {
  index: SiteIndex;
  /** Position of each post in `index.posts`. */
  position: Map<SourcePost, number>;
  /** The planned pages: post pages first, one per post, then the lists. */
  jobs: PageJob[];
  /** Problems found collecting and planning: the same as long as the site's shape is. */
  shapeDiagnostics: Diagnostic[];
  /** Every site path the build writes, for the dead-link check. */
  knownPaths: Set<string>;
  /** Warnings of the site-wide content checks (dead links, missing images), per post. */
  siteChecks: Map<SourcePost, Diagnostic[]>;
  signatures: Map<string, string>;
  outputs: Set<string>;
}

/**
 * Rebuilds the site after changes, doing only the work they need: re-reads only changed posts,
 * renders only bodies not rendered before (content-hash cache kept in memory), collects the site
 * index again unless only posts' contents changed (not their URL, date or terms), and renders only the pages whose signature — a
 * cheap summary of everything the page shows — differs from the last good build. The stages are
 * the build's own (`src/build/index.ts`); the config is fixed for the life of an instance.
 */
export class IncrementalBuild {
  private readonly files: PostFiles;
  private readonly bodies = new Map<SourcePost, RenderedBody>();
  private assets: OutputFile[] | null = null;
  private good: GoodBuild | null = null;
  private last: { ok: boolean; diagnostics: Diagnostic[] } | null = null;
  private unsettled = false;
  /** Output paths of the search bundle and page, rebuilt only by the first and settle rebuilds. */
  private searchPaths: string[] = [];
  private readonly pageSignatures = new PageSignatures();

  constructor(
    readonly config: ResolvedConfig,
    private readonly options: { cache?: RenderCache; workers?: number } = {},
  ) {
    this.files = new PostFiles(config);
  }

  /** Applies `changes` (everything on the first call) and returns what to serve. */
  async rebuild(changes: SiteChanges = {}): Promise<IncrementalResult> {
    const timer = new Timer();
    const began = performance.now();
    const { config } = this;
    const first = this.last === null;
    const settle = changes.settle === true && this.unsettled;
    const touched = await timer.step('load', () => this.files.read(first || changes.rescanPosts === true ? null : (changes.posts ?? [])));
    if (this.assets === null || changes.assets) this.assets = await timer.step('assets', () => loadAssets(config.assetsDir));
    const assets = this.assets;
    if (this.last && touched.size === 0 && !changes.assets && !settle) {
      return { ok: this.last.ok, mode: 'none', files: [], removed: [], diagnostics: this.last.diagnostics, unsettled: this.unsettled, stats: timer.times };
    }

    const posts = selectPublished(this.files.posts(), config);
    const rendered = await timer.step('render', () => this.render(posts));
    const diagnostics = this.loadAndRenderDiagnostics(posts);

    const assetPaths = new Map(assets.map((a) => [`/${a.path}`, a]));
    const assetExists = (p: string) => assetPaths.has(p);
    const site = makeSiteContext(config);
    const sizes = new Map<string, { width: number; height: number } | undefined>();
    const imageSize = (p: string) => {
      if (!sizes.has(p)) sizes.set(p, assetImageSize(assetPaths.get(p)));
      return sizes.get(p);
    };
    // Fast: only bodies changed, and the last good index and planned pages were patched in place.
    const changed = first || changes.assets || settle || hasErrors(diagnostics) ? null : await timer.step('collect', async () => this.patchIndex(touched, assetExists));
    const fast = changed ? this.good : null;
    const mode = first ? 'initial' : fast ? 'fast' : 'site';
    // Related posts are computed by the first build and by settle rebuilds; other rebuilds keep the last ones.
    const { shape, feeds } = fast ? { shape: fast, feeds: null } : await timer.step('collect', async () => this.collect(posts, site, assetExists, imageSize, first || settle));
    const { index, jobs } = shape;
    diagnostics.push(...shape.shapeDiagnostics);
    const siteChecks = await timer.step('check', async () => this.checkSite(index, shape.knownPaths, assetExists, changes.assets === true));
    for (const found of siteChecks.values()) diagnostics.push(...found);

    // Signatures of the pages checked in this build; merged into the last good ones only if it succeeds.
    const signatures = new Map<string, string>();
    const files = hasErrors(diagnostics) ? [] : await timer.step('pages', async () => this.renderPages(index, jobs, changed, imageSize, signatures, diagnostics));
    if (hasErrors(diagnostics)) {
      this.last = { ok: false, diagnostics };
      return { ok: false, mode, files: [], removed: [], diagnostics, unsettled: this.unsettled, stats: timer.times };
    }
    const pagesRendered = files.length;

    // Feeds show whole posts, so a body edit reaches them when the post is recent enough to be in one.
    if (fast && [...touched].some((abs) => this.inFeeds(index, this.files.post(abs)))) files.push(...(await timer.step('feeds', async () => buildFeeds(site, index))));
    if (feeds) files.push(...feeds, buildSitemap(site, index, jobs), buildRobots(site));
    if (first || changes.assets) files.push(...assets);
    // Search re-indexes every post, so it follows the related posts: first build, then once
    // edits have settled, off the save-to-reload path.
    if (first || settle) {
      const pageFiles = jobs.map((job) => lazyOutputFile(outputPathFor(job.path), job.render));
      const search = await timer.step('search', () => buildSearch(pageFiles, site, index));
      files.push(...search.files);
      diagnostics.push(...search.diagnostics);
      this.searchPaths = search.files.map((f) => f.path);
    }

    const removed: string[] = [];
    if (fast) {
      for (const [path, signature] of signatures) fast.signatures.set(path, signature);
      fast.siteChecks = siteChecks;
    } else {
      const outputs = new Set([...jobs.map((j) => outputPathFor(j.path)), ...files.map((f) => f.path), ...assets.map((a) => a.path), ...this.searchPaths]);
      if (this.good) removed.push(...[...this.good.outputs].filter((p) => !outputs.has(p)).sort());
      this.good = { ...shape, position: new Map(index.posts.map((p, i) => [p.source, i])), siteChecks, signatures, outputs };
    }
    this.unsettled = !(first || settle);
    this.last = { ok: true, diagnostics };
    const stats = { ...timer.times, total: Math.round(performance.now() - began), postCount: posts.length, postsRendered: rendered.rendered, renderCached: rendered.cached, pageCount: jobs.length, pagesRendered };
    return { ok: true, mode, files, removed, diagnostics, unsettled: this.unsettled, stats };
  }

  /** Every problem found reading the posts and rendering the published ones (with the per-post content check). */
  private loadAndRenderDiagnostics(posts: readonly SourcePost[]): Diagnostic[] {
    const diagnostics = this.files.diagnostics();
    for (const post of posts) {
      const body = this.bodies.get(post);
      diagnostics.push(...(body?.diagnostics ?? []), ...(body?.check?.diagnostics ?? []));
    }
    return diagnostics;
  }

  /**
   * Collects the site index and plans its pages, as `build` does, with the feeds and the
   * paths that may not collide. Without `related`, each post keeps the related posts it had
   * in the last good build (a new post has none) until a settle rebuild: finding them is the
   * slowest part of collecting thousands of posts.
   */
  private collect(posts: readonly SourcePost[], site: SiteContext, assetExists: (p: string) => boolean, imageSize: ImageSize, related: boolean) {
    const shapeDiagnostics: Diagnostic[] = [];
    const index = collectSite(posts, this.bodies, this.config, assetExists, shapeDiagnostics, { related: related || !this.good });
    if (!related && this.good) keepRelated(this.good.index, index);
    const listJobs = planListPages(site, index);
    const jobs = [...planPostPages(site, index, imageSize, shapeDiagnostics), ...listJobs];
    const feeds = buildFeeds(site, index);
    shapeDiagnostics.push(...findPathCollisions(index, [...listJobs.map((j) => j.path), ...feeds.map((f) => `/${f.path}`), '/sitemap.xml', '/robots.txt', ...this.assetPaths()]));
    return { shape: { index, jobs, shapeDiagnostics, knownPaths: sitePathsOf(index, jobs) }, feeds };
  }

  private assetPaths(): string[] {
    return (this.assets ?? []).map((a) => `/${a.path}`);
  }

  /**
   * The site-wide content checks (dead internal links, missing images) as `build` runs them, per
   * post. A post read before is checked again only when the site's paths or assets changed.
   */
  private checkSite(index: SiteIndex, knownPaths: Set<string>, assetExists: (p: string) => boolean, assetsChanged: boolean): Map<SourcePost, Diagnostic[]> {
    const site = { knownPaths, assetExists, config: this.config };
    const last = this.good;
    const sameSite = last !== null && !assetsChanged && (last.knownPaths === knownPaths || sameSet(last.knownPaths, knownPaths));
    const checks = new Map<SourcePost, Diagnostic[]>();
    for (const p of index.posts) {
      const kept = sameSite ? last.siteChecks.get(p.source) : undefined;
      if (kept) {
        checks.set(p.source, kept);
        continue;
      }
      // Read only here: a body from the render cache reads its link facts from the cache file.
      const facts = p.body.check?.siteFacts;
      checks.set(p.source, facts ? checkSiteFacts([{ post: p.source, source: p.source.head + p.source.body, facts }], site) : []);
    }
    return checks;
  }

  /**
   * Renders the pages whose signature differs from the last good build's, recording the
   * signatures it computed; a template that throws becomes an error at the place it threw.
   * After a fast patch (`changed`: positions of the posts that changed in place) only the pages
   * showing those posts can differ, so no other signature is computed.
   */
  private renderPages(index: SiteIndex, jobs: readonly PageJob[], changed: ReadonlySet<number> | null, imageSize: ImageSize, signatures: Map<string, string>, diagnostics: Diagnostic[]): OutputFile[] {
    const out: OutputFile[] = [];
    // Post pages come first, one per post, in the index's order (planPostPages).
    const postPages = index.posts.length;
    jobs.forEach((job, k) => {
      // A post page's `posts` are the post itself, its neighbours and its related posts.
      if (changed && !job.posts.some((i) => changed.has(i))) return;
      const signature = this.pageSignatures.of(index, job, k < postPages ? k : -1, imageSize);
      signatures.set(job.path, signature);
      if (this.good?.signatures.get(job.path) === signature) return;
      try {
        out.push({ path: outputPathFor(job.path), contents: job.render() });
      } catch (e) {
        const post = k < postPages ? index.posts[k] : undefined;
        const message = `Page ${job.path} could not be rendered: ${e instanceof Error ? e.message : String(e)}`;
        diagnostics.push(errorDiagnostic(e, post?.source.file ?? 'templates', 'template-error', message, 'Fix the template (or the post) at this place; the last good page is served until then.'));
      }
    });
    return out;
  }

  /** Renders the bodies not rendered before (or takes them from the cache), and forgets those of replaced posts. */
  private async render(posts: readonly SourcePost[]): Promise<{ rendered: number; cached: number }> {
    for (const old of this.files.replaced.values()) if (old) this.bodies.delete(old);
    const missing = posts.filter((post) => !this.bodies.has(post));
    if (missing.length === 0) return { rendered: 0, cached: 0 };
    const cache = this.options.cache ?? false;
    const fresh = await renderStage(missing, this.config, { cache, ...(this.options.workers === undefined ? {} : { workers: this.options.workers }) });
    for (const [post, body] of fresh.bodies) this.bodies.set(post, body);
    return { rendered: fresh.rendered, cached: fresh.cached };
  }

  /**
   * The fast path: when every changed post was in the last good build and kept its shape (`shapeOf`),
   * the site's shape (URLs, order, tags, archives, neighbours) is unchanged. Then the last index
   * is patched in place — those posts' bodies, excerpts and reading times, from `collectSite` run
   * on the post alone — so the pages planned from it render the new content without planning
   * 10,000 pages again. Returns the patched positions, or null when the site must be collected.
   * (Should this build fail, the next one is not fast, so the patched index is never reused.)
   * Related posts stay as they were until a `settle` rebuild.
   */
  private patchIndex(touched: ReadonlySet<string>, assetExists: (p: string) => boolean): Set<number> | null {
    const good = this.good;
    if (!good || !this.last?.ok || touched.size === 0) return null;
    const patches: Array<{ i: number; before: SourcePost; after: SourcePost }> = [];
    for (const abs of touched) {
      const before = this.files.replaced.get(abs);
      const after = this.files.post(abs);
      const i = before ? good.position.get(before) : undefined;
      if (!before || !after || i === undefined || shapeOf(before) !== shapeOf(after)) return null;
      patches.push({ i, before, after });
    }
    for (const { i, before, after } of patches) {
      const post = good.index.posts[i];
      const alone = collectSite([after], this.bodies, this.config, assetExists, []).posts[0];
      // Cannot happen (positions come from this index); a full collect is the safe answer anyway.
      if (!post || !alone) return null;
      Object.assign(post, { source: after, body: alone.body, excerpt: alone.excerpt, description: alone.description, readingMinutes: alone.readingMinutes, image: alone.image } satisfies Partial<IndexedPost>);
      this.pageSignatures.forget(post);
      good.position.delete(before);
      good.position.set(after, i);
    }
    return new Set(patches.map((p) => p.i));
  }

  /** True when the post is among those a feed shows: the latest posts, or the latest of one of its categories. */
  private inFeeds(index: SiteIndex, post: SourcePost | null | undefined): boolean {
    const i = post ? index.posts.findIndex((p) => p.source === post) : -1;
    if (i < 0) return false;
    const limit = this.config.feedLimit;
    return i < limit || (index.posts[i]?.categories ?? []).some((c) => c.posts.indexOf(i) < limit);
  }
}

/** Gives each post of `next` the related posts it had in `last`, by file, where they still exist. */
function keepRelated(last: SiteIndex, next: SiteIndex): void {
  const position = new Map(next.posts.map((p, i) => [p.source.absPath, i]));
  const before = new Map(last.posts.map((p) => [p.source.absPath, p.related]));
  for (const post of next.posts) {
    const related = before.get(post.source.absPath) ?? [];
    post.related = related.flatMap((r) => {
      const j = position.get(last.posts[r]?.source.absPath ?? '');
      return j === undefined ? [] : [j];
    });
  }
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/**
 * What places a post in the site: its file, URL, date, terms, draft state and layout. Equal
 * shapes mean the same order, paths, taxonomies and archives, and the same planned pages; what
 * else changed (body, title, excerpt, description, image, author, …) shows only on the pages
 * that show the post (its own, its neighbours' and related posts', the lists), which the fast
 * path renders again, and in the feeds, which it rebuilds when the post is in one.
 */
function shapeOf(post: SourcePost): string {
  const { file, absPath, slug, date, updated, categories, tags, permalink, draft, layout } = post;
  return JSON.stringify([file, absPath, slug, date, updated, categories, tags, permalink, draft, layout]);
}
