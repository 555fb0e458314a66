import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import type { SourcePost } from '../load/types.js';
import { selectPublished } from '../load/load-posts.js';
import { plannedSitePaths } from '../pages/site-paths.js';
import type { SiteContext } from './types.js';

/**
 * Whether a site path is a file of the assets folder. The folder is copied as it is, so
 * `/assets/x.png` is looked up both inside it and, when the path starts with the folder's own
 * name, beside it. Results are cached; nothing outside the folder is ever looked at.
 */
export function makeAssetExists(assetsDir: string): (sitePath: string) => boolean {
  const cache = new Map<string, boolean>();
  const base = path.resolve(assetsDir);
  const inside = (file: string) => file === base || file.startsWith(base + path.sep);
  const isFile = (file: string) => inside(file) && existsSync(file) && statSync(file).isFile();
  return (sitePath) => {
    const hit = cache.get(sitePath);
    if (hit !== undefined) return hit;
    const rel = sitePath.replace(/^\/+/, '');
    const name = path.basename(base);
    const found = isFile(path.resolve(base, rel)) || (rel.startsWith(`${name}/`) && isFile(path.resolve(base, rel.slice(name.length + 1))));
    cache.set(sitePath, found);
    return found;
  };
}

/** The site context for checking: every page, feed and card the build plans for the published posts, and the assets folder. */
export function createSiteContext(posts: readonly SourcePost[], config: ResolvedConfig): SiteContext {
  const assetExists = makeAssetExists(config.assetsDir);
  const knownPaths = plannedSitePaths(selectPublished(posts, config), config, assetExists);
  return { knownPaths, assetExists, config };
}
