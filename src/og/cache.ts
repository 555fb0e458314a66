import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isCompletePng } from './png.js';
import { CARD_HEIGHT, CARD_WIDTH } from './types.js';

/** Where a card's PNG is cached: `<cacheDir>/og/ab/abcdef….png`, fanned out so no folder grows huge. */
export function cachedCardPath(cacheDir: string, key: string): string {
  return path.join(cacheDir, 'og', key.slice(0, 2), `${key}.png`);
}

/** The PNG in a cache file, or null when missing, truncated or corrupt (it is then rendered again). */
export async function readCachedCard(file: string): Promise<Uint8Array | null> {
  let bytes: Uint8Array;
  try {
    const buffer = await readFile(file);
    // A plain Uint8Array view, like freshly rendered cards, so both compare equal.
    bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch {
    return null;
  }
  return isCompletePng(bytes, CARD_WIDTH, CARD_HEIGHT) ? bytes : null;
}

/** Stores a PNG atomically: written to a temporary file, then renamed, so readers never see half a file. */
export async function writeCachedCard(file: string, png: Uint8Array): Promise<void> {
  // pid and random suffix: two threads or two builds writing the same card never share a temp file.
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await mkdir(path.dirname(file), { recursive: true });
  try {
    await writeFile(temp, png);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
