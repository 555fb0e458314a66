import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { build, type BuildResult } from '../../../src/build/index.js';
import type { SiteIndex } from '../../../src/collect/site-index.js';
import type { ResolvedConfig } from '../../../src/config/types.js';
import { closeRenderPool } from '../../../src/render/render-pool.js';
import { formatDiagnostics } from '../../../src/report/format.js';
import { hasErrors } from '../../../src/report/diagnostic.js';
import { writeOutput } from '../../../src/write/write-output.js';
import { testConfig } from '../../helpers/config.js';
import { PROJECT_ASSETS } from '../../helpers/site.js';

/** The search fixture blog: five posts chosen so each query has posts that must and must not match. */
export const SEARCH_FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/search');

/** Config of the search fixture (or of another posts folder), with the project's assets. */
export function searchConfig(options: { basePath?: string; postsDir?: string } = {}): ResolvedConfig {
  return testConfig(
    { basePath: options.basePath ?? '/', assetsDir: path.relative(SEARCH_FIXTURE, PROJECT_ASSETS) },
    { postsDir: options.postsDir ?? path.join(SEARCH_FIXTURE, 'posts'), outDir: path.join(SEARCH_FIXTURE, 'out-never-written') },
    SEARCH_FIXTURE,
  );
}

/** A site built and written to a folder, with its index for the oracle. */
export interface WrittenSite {
  dir: string;
  config: ResolvedConfig;
  site: SiteIndex;
  result: BuildResult;
}

/** Builds a site without cards, workers or cache, and writes it to `dir`. */
export async function buildAndWrite(config: ResolvedConfig, dir: string): Promise<WrittenSite> {
  const cacheDir = `${dir}-cache`;
  mkdirSync(cacheDir, { recursive: true });
  try {
    const result = await build({ ...config, outDir: dir, cacheDir }, { cards: false, workers: 0, cache: false });
    if (hasErrors(result.diagnostics) || !result.site) throw new Error(`The site does not build:\n${formatDiagnostics(result.diagnostics)}`);
    await writeOutput(dir, result.files, cacheDir);
    return { dir, config: { ...config, outDir: dir }, site: result.site, result };
  } finally {
    await closeRenderPool();
  }
}
