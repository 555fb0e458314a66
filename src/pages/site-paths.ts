import type { ResolvedConfig } from '../config/types.js';
import { collectSite, type SiteIndex } from '../collect/site-index.js';
import { ATOM_PATH, RSS_PATH, categoryFeedPath } from '../feeds/feeds.js';
import type { SourcePost } from '../load/types.js';
import type { RenderedBody } from '../render/render-post.js';
import { planListPages } from './list-pages.js';
import type { PageJob } from './page-job.js';
import { planPostPages } from './post-pages.js';
import { makeSiteContext } from './site-context.js';

const EMPTY: RenderedBody = { html: '', text: '', excerpt: '', readingMinutes: 1, diagnostics: [] };

/** Every site path a build writes for these pages: pages, feeds, sitemap, robots and generated cards. */
export function sitePathsOf(index: SiteIndex, pages: readonly PageJob[]): Set<string> {
  return new Set([
    ...pages.map((p) => p.path),
    ATOM_PATH,
    RSS_PATH,
    '/sitemap.xml',
    '/robots.txt',
    ...index.categories.terms.map((t) => categoryFeedPath(t.path)),
    ...index.posts.filter((p) => p.image.generated).map((p) => p.image.path),
  ]);
}

/**
 * Every site path the build will write for these published posts, without rendering anything:
 * the same planning the build does, so `check` judges internal links against the real page list.
 */
export function plannedSitePaths(published: readonly SourcePost[], config: ResolvedConfig, assetExists: (sitePath: string) => boolean): Set<string> {
  const bodies = new Map<SourcePost, RenderedBody>(published.map((p) => [p, EMPTY]));
  const index = collectSite(published, bodies, config, assetExists, [], { related: false });
  const site = makeSiteContext(config);
  return sitePathsOf(index, [...planPostPages(site, index, () => undefined, []), ...planListPages(site, index)]);
}
