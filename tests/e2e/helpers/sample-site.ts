import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type BuildResult } from '../../../src/build/index.js';
import type { SiteIndex } from '../../../src/collect/site-index.js';
import { loadConfig } from '../../../src/config/resolve-config.js';
import type { ResolvedConfig } from '../../../src/config/types.js';
import { closeRenderPool } from '../../../src/render/render-pool.js';
import { formatDiagnostics } from '../../../src/report/format.js';
import { hasErrors } from '../../../src/report/diagnostic.js';
import { writeOutput } from '../../../src/write/write-output.js';
import { NOW } from '../../helpers/config.js';

/** The repository root: the sample blog's site.config.ts and posts/ live there. */
export const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** The sample blog, built and written to a folder. */
export interface BuiltSite {
  dir: string;
  config: ResolvedConfig;
  site: SiteIndex;
  /** Output paths (`a/b/index.html`), sorted. */
  files: string[];
  result: BuildResult;
}

/**
 * Builds the sample blog (site.config.ts, posts/) into `dir` as `npm run build -- --out dir
 * --no-cards` would, with "now" pinned so the set of published posts never changes. The cache
 * and the write manifest go to a folder beside `dir`, never to the project's .cache/.
 * `extraPosts` (file name → Markdown) are built along with the sample posts.
 */
export async function buildSampleSite(dir: string, options: { basePath?: string; extraPosts?: Record<string, string> } = {}): Promise<BuiltSite> {
  let postsDir: string | undefined;
  if (options.extraPosts) {
    // The sample posts plus the test's own, in a copy: posts/ itself is never touched.
    postsDir = `${dir}-posts`;
    cpSync(path.join(repoRoot, 'posts'), postsDir, { recursive: true });
    for (const [name, text] of Object.entries(options.extraPosts)) writeFileSync(path.join(postsDir, name), text);
  }
  const loaded = await loadConfig(path.join(repoRoot, 'site.config.ts'), { outDir: dir, now: NOW, ...(postsDir ? { postsDir } : {}) });
  const cacheDir = `${dir}-cache`;
  mkdirSync(cacheDir, { recursive: true });
  const config: ResolvedConfig = { ...loaded, cacheDir, ...(options.basePath ? { basePath: options.basePath } : {}) };
  try {
    const result = await build(config, { cache: false, cards: false, workers: 0 });
    if (hasErrors(result.diagnostics) || !result.site) throw new Error(`The sample blog does not build:\n${formatDiagnostics(result.diagnostics)}`);
    await writeOutput(dir, result.files, cacheDir);
    return { dir, config, site: result.site, files: result.files.map((f) => f.path), result };
  } finally {
    await closeRenderPool();
  }
}

/** A built file as text. */
export function readBuilt(site: BuiltSite, file: string): string {
  return readFileSync(path.join(site.dir, ...file.split('/')), 'utf8');
}
