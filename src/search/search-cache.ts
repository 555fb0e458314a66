import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lazyOutputFile, type OutputFile } from '../build/output-file.js';
import { UNUSED } from './pagefind-adapter.js';
import type { SiteIndex } from '../collect/site-index.js';
import type { ResolvedConfig } from '../config/types.js';
import { codeFingerprint, hashOf } from '../util/fingerprint.js';

let fingerprint: string | null = null;

/** The code that shapes an indexed page: search, templates, rendering, and dependency versions. */
function searchFingerprint(): string {
  const src = new URL('../', import.meta.url).pathname;
  fingerprint ??= codeFingerprint([path.join(src, 'search'), path.join(src, 'render'), path.join(src, '../templates')], path.join(src, '../package-lock.json'));
  return fingerprint;
}

/**
 * The key of a search bundle: everything an indexed post page shows (path, the file's bytes,
 * the displayed tag and category names) plus the code that renders and indexes it. Computed
 * from the site index, so a warm build knows the bundle is current without rendering a page.
 */
export function searchKey(index: SiteIndex, config: ResolvedConfig): string {
  const posts = index.posts.map((p) => [p.path, p.source.hash, p.tags.map((t) => t.name).join('\u0002'), p.categories.map((c) => c.name).join('\u0002')].join('\u0001'));
  return hashOf(searchFingerprint(), config.basePath, config.url, config.timezone, ...posts);
}

const KEY_FILE = '.key';

/** The search bundle as output files, read when the write step needs them; each keyed by the bundle's key and its path. */
function listBundle(dir: string, key: string): OutputFile[] {
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((n) => n.split(path.sep).join('/'));
  return names
    .filter((n) => n !== KEY_FILE && !UNUSED.test(n) && statSync(path.join(dir, n)).isFile())
    .sort()
    .map((n) => lazyOutputFile(n, () => readFileSync(path.join(dir, n)), hashOf(key, n)));
}

/** The cached bundle for `key` (in the cache folder), or null (missing, another key). */
export async function readSearchBundle(config: ResolvedConfig, key: string): Promise<OutputFile[] | null> {
  const dir = path.join(config.cacheDir, 'search-bundle');
  try {
    if ((await readFile(path.join(dir, KEY_FILE), 'utf8')) !== key) return null;
    return listBundle(dir, key);
  } catch {
    return null;
  }
}

/**
 * A folder for the indexer to write a new bundle into, and `done` to call once it has: with the
 * cache, the folder replaces the cached bundle (marked with its key last, so a half-written one
 * is never taken) and its files are read when written to the site; without it, a temporary
 * folder is read at once and removed.
 */
export async function newSearchBundle(config: ResolvedConfig, useCache: boolean): Promise<{ dir: string; done(key: string | null): Promise<OutputFile[]> }> {
  if (!useCache) {
    const dir = await mkdtemp(path.join(tmpdir(), 'kotoba-search-'));
    return {
      dir,
      async done(key) {
        const files = listBundle(dir, key ?? '').map((f) => ({ path: f.path, contents: f.contents }));
        await rm(dir, { recursive: true, force: true });
        return files;
      },
    };
  }
  const final = path.join(config.cacheDir, 'search-bundle');
  const dir = `${final}.${process.pid}.tmp`;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  return {
    dir,
    async done(key) {
      await rm(final, { recursive: true, force: true });
      await rename(dir, final);
      // Only a complete bundle gets its key: one with errors is used once and built again next time.
      if (key !== null) await writeFile(path.join(final, KEY_FILE), key);
      return listBundle(final, key ?? '');
    },
  };
}
