import path from 'node:path';
import { build, type BuildResult } from '../../src/build/index.js';
import type { ConfigOverrides } from '../../src/config/resolve-config.js';
import type { ResolvedConfig, UserConfig } from '../../src/config/types.js';
import { testConfig } from './config.js';

/** The fixture blog: its posts are in `posts/`. */
export const SITE_ROOT = path.resolve(import.meta.dirname, '../fixtures/site');

/** The project's own assets: the pages link to its stylesheet, icon and scripts, so the fixture blog ships them too. */
export const PROJECT_ASSETS = path.resolve(import.meta.dirname, '../../assets');

/** Config of the fixture blog: three posts a page, so the home page has three pages. */
export function siteConfig(user: Partial<UserConfig> = {}, overrides: ConfigOverrides = {}): ResolvedConfig {
  return testConfig({ postsPerPage: 3, assetsDir: path.relative(SITE_ROOT, PROJECT_ASSETS), ...user }, { postsDir: path.join(SITE_ROOT, 'posts'), outDir: path.join(SITE_ROOT, 'out-never-written'), ...overrides }, SITE_ROOT);
}

/** Builds a site in memory as tests need it: no cards (tested elsewhere), no workers, no cache. */
export function buildSite(config: ResolvedConfig): Promise<BuildResult> {
  return build(config, { cards: false, workers: 0, cache: false });
}

/** The text of an output file. */
export function textOf(result: BuildResult, file: string): string {
  const found = result.files.find((f) => f.path === file);
  if (!found) throw new Error(`no output file ${file}; files: ${result.files.map((f) => f.path).join(', ')}`);
  return typeof found.contents === 'string' ? found.contents : new TextDecoder().decode(found.contents);
}
