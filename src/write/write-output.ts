import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { lstat as lstatCallback } from 'node:fs';
import { mkdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import path from 'node:path';
import type { OutputFile } from '../build/output-file.js';
import { mapLimit } from '../util/map-limit.js';

/** What the write step did. */
export interface WriteStats {
  written: number;
  unchanged: number;
  removed: number;
  /** `swap` when a whole new folder replaced the old one, `update` when changed files were replaced in place. */
  mode: 'swap' | 'update' | 'none';
}

interface ManifestEntry {
  hash: string;
  size: number;
  mtimeMs: number;
  /** The file's `key` when it had one: the same key again means the same contents. */
  key?: string;
}
interface Manifest {
  outDir: string;
  files: Record<string, ManifestEntry>;
}

const OPEN_FILES = 64;
// The callback `lstat` costs half what `fs/promises` does, and a warm build checks every file.
const lstat = promisify(lstatCallback);

const hashOf = (contents: string | Uint8Array) => createHash('sha1').update(contents).digest('hex');

async function readManifest(file: string, outDir: string): Promise<Manifest | null> {
  try {
    const m = JSON.parse(await readFile(file, 'utf8')) as Manifest;
    return m.outDir === outDir && m.files ? m : null;
  } catch {
    return null;
  }
}

async function writeOne(dir: string, file: OutputFile): Promise<ManifestEntry> {
  const target = path.join(dir, ...file.path.split('/'));
  // Read once: a page's contents are rendered when read.
  const contents = file.contents;
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, contents);
  const st = await lstat(target);
  return entryOf(file, hashOf(contents), st.size, st.mtimeMs);
}

function entryOf(file: OutputFile, hash: string, size: number, mtimeMs: number): ManifestEntry {
  return file.key === undefined ? { hash, size, mtimeMs } : { hash, size, mtimeMs, key: file.key };
}

/** True when the file on disk is still the one the manifest describes (nobody touched it). */
async function intact(outDir: string, rel: string, entry: ManifestEntry | undefined): Promise<boolean> {
  if (!entry) return false;
  try {
    const st = await lstat(path.join(outDir, ...rel.split('/')));
    return st.isFile() && st.size === entry.size && st.mtimeMs === entry.mtimeMs;
  } catch {
    return false;
  }
}

/**
 * The only step that touches the output folder. With no usable record of the previous output,
 * it writes everything to a staging folder beside the output and swaps it in at the end.
 * Otherwise it replaces only changed files, each atomically (temp file + rename), and removes
 * files that are gone: unchanged files are not rewritten, and a file whose `key` is the one
 * recorded is not even produced (a page not rendered), so warm builds cost almost nothing.
 * Bounded concurrency keeps 20,000 files from hitting EMFILE.
 */
export async function writeOutput(outDir: string, files: readonly OutputFile[], cacheDir: string): Promise<WriteStats> {
  const manifestFile = path.join(cacheDir, 'output-manifest.json');
  const previous = existsSync(outDir) ? await readManifest(manifestFile, outDir) : null;
  const next: Manifest = { outDir, files: {} };

  if (!previous) {
    const staging = `${outDir}.staging-${process.pid}`;
    await rm(staging, { recursive: true, force: true });
    const entries = await mapLimit(files, OPEN_FILES, (f) => writeOne(staging, f));
    files.forEach((f, i) => (next.files[f.path] = entries[i] as ManifestEntry));
    const old = `${outDir}.previous-${process.pid}`;
    if (existsSync(outDir)) await rename(outDir, old);
    await rename(staging, outDir);
    await rm(old, { recursive: true, force: true });
    await saveManifest(manifestFile, next);
    return { written: files.length, unchanged: 0, removed: 0, mode: 'swap' };
  }

  let written = 0;
  let unchanged = 0;
  // Unchanged files with new keys (new code or config giving the same pages): save them, so the next build skips them.
  let keysChanged = false;
  await mapLimit(files, OPEN_FILES, async (f) => {
    const before = previous.files[f.path];
    // Same key: the same contents, known without rendering the page.
    if (f.key !== undefined && before?.key === f.key && (await intact(outDir, f.path, before))) {
      next.files[f.path] = before;
      unchanged++;
      return;
    }
    const contents = f.contents;
    const hash = hashOf(contents);
    if (before && before.hash === hash && (await intact(outDir, f.path, before))) {
      next.files[f.path] = entryOf(f, hash, before.size, before.mtimeMs);
      if (before.key !== f.key) keysChanged = true;
      unchanged++;
      return;
    }
    const target = path.join(outDir, ...f.path.split('/'));
    const tmp = `${target}.tmp-${process.pid}`;
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(tmp, contents);
    await rename(tmp, target);
    const st = await lstat(target);
    next.files[f.path] = entryOf(f, hash, st.size, st.mtimeMs);
    written++;
  });
  const gone = Object.keys(previous.files).filter((p) => !(p in next.files));
  await mapLimit(gone, OPEN_FILES, (p) => unlink(path.join(outDir, ...p.split('/'))).catch(() => undefined));
  if (written > 0 || gone.length > 0 || keysChanged) await saveManifest(manifestFile, next);
  return { written, unchanged, removed: gone.length, mode: written || gone.length ? 'update' : 'none' };
}

/**
 * True when the output folder holds exactly the files the last write recorded, untouched (same
 * size and modification time): a build whose inputs did not change has nothing to write then.
 */
export async function outputIntact(outDir: string, cacheDir: string): Promise<boolean> {
  const manifest = existsSync(outDir) ? await readManifest(path.join(cacheDir, 'output-manifest.json'), outDir) : null;
  if (!manifest) return false;
  const checks = await mapLimit(Object.entries(manifest.files), OPEN_FILES, ([rel, entry]) => intact(outDir, rel, entry));
  return checks.every(Boolean);
}

async function saveManifest(file: string, manifest: Manifest): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  // Sorted keys: the same output gives the same manifest.
  const files = Object.fromEntries(Object.entries(manifest.files).sort(([a], [b]) => (a < b ? -1 : 1)));
  await writeFile(tmp, JSON.stringify({ outDir: manifest.outDir, files }));
  await rename(tmp, file);
}
