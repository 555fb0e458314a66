import type { ResolvedConfig } from '../config/types.js';
import { collectSite, type SiteIndex } from '../collect/site-index.js';
import { buildFeeds } from '../feeds/feeds.js';
import { buildRobots, buildSitemap } from '../feeds/sitemap.js';
import { findPostFiles, loadPosts, selectPublished } from '../load/load-posts.js';
import { planListPages } from '../pages/list-pages.js';
import type { PageJob } from '../pages/page-job.js';
import { planPostPages } from '../pages/post-pages.js';
import { makeSiteContext } from '../pages/site-context.js';
import { hasErrors, type Diagnostic } from '../report/diagnostic.js';
import { outputPathFor } from '../util/url.js';
import { assetImageSize, loadAssets } from './assets.js';
import { findPathCollisions } from './collisions.js';
import { checkSiteFacts } from '../check/in-build.js';
import { sitePathsOf } from '../pages/site-paths.js';
import { lazyOutputFile, type OutputFile } from './output-file.js';
import { renderStage } from './render-stage.js';
import { RelatedCache } from '../collect/related-cache.js';
import { LoadCache } from '../load/load-cache.js';
import { MemoFile } from '../util/memo-file.js';
import { closeRenderPool, prewarmRenderPool, THREADED_ABOVE } from '../render/render-pool.js';
import { RenderCache } from '../render/render-cache.js';
import { Timer } from './timer.js';
import { collectGarbage } from '../util/collect-garbage.js';
import { PageSignatures, type ImageSize } from '../pages/page-signature.js';
import { hashOf } from '../util/fingerprint.js';
import path from 'node:path';
import { buildSalt } from './salt.js';

/** Options of one build. */
export interface BuildOptions {
  /** Worker threads for rendering and cards; 0 keeps everything on the main thread. */
  workers?: number;
  /** Use and update the `.cache/` folder (default true). */
  cache?: boolean;
  /** Draw Open Graph cards (default true). */
  cards?: boolean;
  /** Build the search index (default true). */
  search?: boolean;
  /** Show card progress on stderr. */
  progress?: boolean;
}

/** The whole site in memory, with every message found, ready for the write step. */
export interface BuildResult {
  files: OutputFile[];
  diagnostics: Diagnostic[];
  /** Null when loading failed before a site could be assembled. */
  site: SiteIndex | null;
  pages: PageJob[];
  /** Milliseconds per named step, and counts. */
  stats: Record<string, number>;
  /** When the site changes with time alone: the next future post left out is due (ms); null: never. */
  validUntil: number | null;
}

/**
 * Builds the site as data; nothing here writes to the output folder. The steps, in order:
 * load → render → collect → pages → feeds → cards → search → assets.
 */
export async function build(config: ResolvedConfig, options: BuildOptions = {}): Promise<BuildResult> {
  const timer = new Timer();
  const diagnostics: Diagnostic[] = [];

  // With no rendered posts cached, every post will render: start the threads while posts load.
  if (options.workers !== 0 && (options.cache === false || !RenderCache.exists(config.cacheDir)) && (await findPostFiles(config.postsDir).catch(() => [])).length > THREADED_ABOVE) {
    prewarmRenderPool(options.workers);
  }
  const salt = buildSalt(config);
  const loadCache = options.cache === false ? undefined : await LoadCache.open(config.cacheDir);
  const loaded = await timer.step('load', () => loadPosts(config, { ...(loadCache ? { cache: loadCache } : {}), salt }));
  await loadCache?.save();
  diagnostics.push(...loaded.diagnostics);
  const posts = selectPublished(loaded.posts, config);
  const now = config.now.getTime();
  // A future post goes live (or, with --future, loses its mark) when its time comes.
  const due = loaded.posts.filter((p) => p.date.getTime() > now && (config.drafts || !p.draft)).map((p) => p.date.getTime());
  const validUntil = due.length > 0 ? Math.min(...due) : null;

  const rendered = await timer.step('render', () => renderStage(posts, config, options));
  // A build renders once: stop the render threads now, so their memory is gone before the cards' threads start.
  await closeRenderPool();
  collectGarbage();
  for (const body of rendered.bodies.values()) diagnostics.push(...body.diagnostics);

  const assets = await timer.step('assets', () => loadAssets(config.assetsDir));
  const assetByPath = new Map(assets.map((a) => [`/${a.path}`, a]));
  const assetPaths = new Set(assetByPath.keys());
  const site = makeSiteContext(config);
  const relatedCache = options.cache === false ? null : await RelatedCache.open(config.cacheDir);
  const index = await timer.step('collect', async () => collectSite(posts, rendered.bodies, config, (p) => assetPaths.has(p), diagnostics, { related: relatedCache?.finder(salt) ?? true }));
  await relatedCache?.save();

  const imageSize = (p: string) => assetImageSize(assetByPath.get(p));
  const postPages = planPostPages(site, index, imageSize, diagnostics);
  const listPages = planListPages(site, index);
  const feedFiles = await timer.step('feeds', async () => buildFeeds(site, index));
  diagnostics.push(...findPathCollisions(index, [...listPages.map((j) => j.path), ...feedFiles.map((f) => `/${f.path}`), '/sitemap.xml', '/robots.txt', ...assetPaths]));
  const pages = [...postPages, ...listPages];
  const checkMemo = options.cache === false ? null : await MemoFile.open<Diagnostic[]>(path.join(config.cacheDir, 'site-check-v1.json'));
  diagnostics.push(...(await timer.step('check', async () => checkLinks(index, sitePathsOf(index, pages), config, assetPaths, checkMemo && { file: checkMemo, salt }))));
  await checkMemo?.save();
  // Pages render when their contents are read (by the write step, one at a time), so 20,000 pages
  // of HTML never sit in memory together; a page whose key (signature) the last build recorded
  // is not rendered at all.
  const keyOf = pageKeys(salt, config, index);
  const files: OutputFile[] = pages.map((job, k) => lazyOutputFile(outputPathFor(job.path), job.render, keyOf(job, k < postPages.length ? k : -1, imageSize)));
  files.push(...feedFiles, buildSitemap(site, index, pages), buildRobots(site));

  // Cards first: their threads then run beside the smallest main-thread heap of the build.
  if (options.cards !== false) {
    collectGarbage();
    // Loaded only when needed: satori, resvg and the fonts cost start-up time.
    const { buildCards } = await import('./cards-stage.js');
    const cards = await timer.step('cards', () => buildCards(site, index, options));
    files.push(...cards.files);
    diagnostics.push(...cards.diagnostics);
    timer.times.cardsGenerated = cards.stats.generated;
    timer.times.cardsCached = cards.stats.cached;
  }
  // Indexes the post pages; adds the /pagefind/ bundle and the /search/ page.
  if (options.search !== false) {
    const { buildSearch } = await import('../search/index.js');
    const search = await timer.step('search', () => buildSearch(files, site, index, { cache: options.cache !== false }));
    files.push(...search.files);
    diagnostics.push(...search.diagnostics);
  }

  files.push(...assets);

  const stats = { ...timer.times, postCount: posts.length, pageCount: pages.length, fileCount: files.length, rendered: rendered.rendered, renderCached: rendered.cached };
  if (hasErrors(diagnostics)) return { files: [], diagnostics, site: index, pages, stats, validUntil };
  return { files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), diagnostics, site: index, pages, stats, validUntil };
}

/**
 * Keys of pages for the write step: a page's signature (what it shows of each post, see
 * `src/pages/page-signature.ts`) with the build's salt. Post pages come first in the page
 * list, one per post, in the index's order.
 */
function pageKeys(salt: string, config: ResolvedConfig, index: SiteIndex): (job: PageJob, postIndex: number, imageSize: ImageSize) => string {
  const signatures = new PageSignatures(config.now.getTime());
  return (job, postIndex, imageSize) => hashOf(salt, signatures.of(index, job, postIndex, imageSize));
}

/**
 * The content check's warnings: per-post rules already ran with rendering; here the rules that
 * need the site's page list (dead internal links, missing images) run on the nodes they need.
 * Their result depends only on the posts, the site's paths and the assets, so with a `memo`
 * a build where none of these changed reuses the last result without reading any post's links.
 */
function checkLinks(index: SiteIndex, knownPaths: Set<string>, config: ResolvedConfig, assetPaths: ReadonlySet<string>, memo: { file: MemoFile<Diagnostic[]>; salt: string } | null): Diagnostic[] {
  const site = { knownPaths, assetExists: (p: string) => assetPaths.has(p), config };
  const run = () => checkSiteFacts(index.posts.flatMap((p) => (p.body.check ? [{ post: p.source, source: p.source.head + p.source.body, facts: p.body.check.siteFacts }] : [])), site);
  const key = () => hashOf(memo?.salt ?? '', index.posts.map((p) => `${p.source.hash}\0${p.source.file}`).join('\n'), [...knownPaths].sort().join('\n'), [...assetPaths].sort().join('\n'));
  const siteFindings = memo ? memo.file.get(key(), run) : run();
  return [...index.posts.flatMap((p) => p.body.check?.diagnostics ?? []), ...siteFindings];
}
