import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { OutputFile } from '../build/output-file.js';
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

const fileOf = (config: ResolvedConfig) => path.join(config.cacheDir, 'search-v1.bin');

/** The cached bundle for `key`, or null (missing, another key, unreadable). */
export async function readSearchCache(config: ResolvedConfig, key: string): Promise<OutputFile[] | null> {
  try {
    const data = deserialize(await readFile(fileOf(config))) as { key?: string; files?: OutputFile[] };
    return data.key === key && Array.isArray(data.files) ? data.files : null;
  } catch {
    return null;
  }
}

/** Stores the bundle for `key` atomically (temp file + rename). */
export async function writeSearchCache(config: ResolvedConfig, key: string, files: readonly OutputFile[]): Promise<void> {
  const file = fileOf(config);
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, serialize({ key, files: files.map((f) => ({ path: f.path, contents: f.contents })) }));
  await rename(tmp, file);
}
