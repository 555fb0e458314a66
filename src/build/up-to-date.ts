import path from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import { findPostFiles } from '../load/load-posts.js';
import { hashBytes, readSourceBytes } from '../load/read-source.js';
import type { Diagnostic } from '../report/diagnostic.js';
import { hashOf } from '../util/fingerprint.js';
import { mapLimit } from '../util/map-limit.js';
import { MemoFile } from '../util/memo-file.js';
import { loadAssets } from './assets.js';
import { buildSalt } from './salt.js';

/** What the last successful build reported, kept with the key of its inputs. */
export interface BuildRecord {
  /** When time alone changes the site (the next future post is due), in ms; null: never. */
  validUntil: number | null;
  diagnostics: Diagnostic[];
  stats: Record<string, number>;
}

/**
 * The key of everything a build reads: every post file's bytes (and path), every asset's, the
 * code, templates, dependency versions and config (`buildSalt`), and the build's options. Read
 * before building: a file saved during the build changes the next key.
 */
export async function inputsKey(config: ResolvedConfig, options: { cards: boolean; search: boolean }): Promise<string> {
  const files = await findPostFiles(config.postsDir).catch(() => []);
  const hashes = await mapLimit(files, 64, async (file) => hashBytes(await readSourceBytes(file)));
  const assets = await loadAssets(config.assetsDir);
  return hashOf(
    buildSalt(config),
    JSON.stringify(options),
    files.map((f, i) => `${f}\0${hashes[i]}`).join('\n'),
    assets.map((a) => `${a.path}\0${hashBytes(typeof a.contents === 'string' ? Buffer.from(a.contents) : a.contents)}`).join('\n'),
  );
}

/** The record of the last build, in the cache folder. */
export function buildRecord(config: ResolvedConfig): Promise<MemoFile<BuildRecord>> {
  return MemoFile.open<BuildRecord>(path.join(config.cacheDir, 'last-build.json'));
}
