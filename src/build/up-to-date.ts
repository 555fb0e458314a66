import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { promisify } from 'node:util';
import path from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import { findPostFiles } from '../load/load-posts.js';
import { hashBytes } from '../load/read-source.js';
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
  // Read into a few reused buffers, not one fresh buffer a file: 10,000 freed buffers would
  // stay in the process's memory for the rest of the build.
  const scratch: Buffer[] = [];
  const hashes = await mapLimit(files, 16, async (file) => {
    const buffer = scratch.pop() ?? Buffer.alloc(64 * 1024);
    try {
      // A file gone or unreadable since it was listed: the build that follows reports it.
      return await hashFile(file, buffer).catch(() => 'unreadable');
    } finally {
      scratch.push(buffer);
    }
  });
  const assets = await loadAssets(config.assetsDir);
  return hashOf(
    buildSalt(config),
    JSON.stringify(options),
    files.map((f, i) => `${f}\0${hashes[i]}`).join('\n'),
    assets.map((a) => `${a.path}\0${hashBytes(typeof a.contents === 'string' ? Buffer.from(a.contents) : a.contents)}`).join('\n'),
  );
}

const openFile = promisify(fs.open);
const readFile = promisify(fs.read);
const closeFile = promisify(fs.close);

/** sha256 of a file's bytes (as `hashBytes`), read through `buffer` (callback fs: the promise API costs more per file). */
async function hashFile(file: string, buffer: Buffer): Promise<string> {
  const fd = await openFile(file, 'r');
  try {
    const hash = createHash('sha256');
    for (;;) {
      const { bytesRead } = await readFile(fd, buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
    }
    return hash.digest('hex');
  } finally {
    await closeFile(fd);
  }
}

/** The record of the last build, in the cache folder. */
export function buildRecord(config: ResolvedConfig): Promise<MemoFile<BuildRecord>> {
  return MemoFile.open<BuildRecord>(path.join(config.cacheDir, 'last-build.json'));
}
