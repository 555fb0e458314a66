import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OutputFile } from '../../src/build/output-file.js';
import { writeOutput } from '../../src/write/write-output.js';
import { useTempDirs, writeFiles } from '../helpers/temp.js';

const tempDir = useTempDirs('write');

const files: OutputFile[] = [
  { path: 'index.html', contents: '<!doctype html><title>トップ</title>' },
  { path: '2026/03/10/生成AIと著作権/index.html', contents: '<p>記事</p>' },
  { path: 'assets/a.png', contents: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
];

/** A project folder with an output folder and a cache folder beside it. */
function project() {
  const root = tempDir();
  return { root, out: path.join(root, 'dist'), cache: path.join(root, '.cache') };
}

const mtime = (file: string) => statSync(file).mtimeMs;
const listing = (dir: string) => (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).map((p) => p.split(path.sep).join('/')).filter((p) => statSync(path.join(dir, p)).isFile()).sort();

describe('writeOutput', () => {
  it('swaps a fresh folder in on a cold write: the old folder’s stray files are gone', async () => {
    const { root, out, cache } = project();
    writeFiles(out, { 'stray.html': 'old', 'old/deep/file.txt': 'old' });
    const stats = await writeOutput(out, files, cache);
    expect(stats).toEqual({ written: 3, unchanged: 0, removed: 0, mode: 'swap' });
    expect(listing(out)).toEqual(['2026/03/10/生成AIと著作権/index.html', 'assets/a.png', 'index.html']);
    expect(readFileSync(path.join(out, 'assets/a.png'))).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    // No staging or previous folder is left beside the output.
    expect(readdirSync(root).sort()).toEqual(['.cache', 'dist']);
  });

  it('rewrites nothing when the same files are written again', async () => {
    const { out, cache } = project();
    await writeOutput(out, files, cache);
    const target = path.join(out, 'index.html');
    const before = mtime(target);
    const stats = await writeOutput(out, files, cache);
    expect(stats).toEqual({ written: 0, unchanged: 3, removed: 0, mode: 'none' });
    expect(mtime(target)).toBe(before);
  });

  it('rewrites a changed file and only that one', async () => {
    const { out, cache } = project();
    await writeOutput(out, files, cache);
    const untouched = path.join(out, '2026/03/10/生成AIと著作権/index.html');
    const before = mtime(untouched);
    const changed = files.map((f) => (f.path === 'index.html' ? { ...f, contents: '<!doctype html><title>新しいトップ</title>' } : f));
    const stats = await writeOutput(out, changed, cache);
    expect(stats).toMatchObject({ written: 1, unchanged: 2, removed: 0, mode: 'update' });
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('<!doctype html><title>新しいトップ</title>');
    expect(mtime(untouched)).toBe(before);
  });

  it('deletes a file that is no longer built', async () => {
    const { out, cache } = project();
    await writeOutput(out, files, cache);
    const stats = await writeOutput(out, files.slice(0, 2), cache);
    expect(stats).toMatchObject({ written: 0, unchanged: 2, removed: 1 });
    expect(existsSync(path.join(out, 'assets/a.png'))).toBe(false);
  });

  it('rewrites a file someone edited by hand, even when the build gives the same content', async () => {
    const { out, cache } = project();
    await writeOutput(out, files, cache);
    writeFileSync(path.join(out, 'index.html'), 'edited by hand, longer than before');
    const stats = await writeOutput(out, files, cache);
    expect(stats.written).toBe(1);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe(files[0]!.contents);
  });

  it('writes everything again when the output folder was deleted', async () => {
    const { out, cache } = project();
    await writeOutput(out, files, cache);
    rmSync(out, { recursive: true });
    const stats = await writeOutput(out, files, cache);
    expect(stats.written).toBe(3);
    expect(listing(out)).toHaveLength(3);
  });

  it('does not even produce a file whose key is the one recorded, and writes it when the key changes', async () => {
    const { out, cache } = project();
    await writeOutput(out, [{ path: 'a.html', contents: 'A', key: 'k1' }], cache);
    const untouchable: OutputFile = {
      path: 'a.html',
      key: 'k1',
      get contents(): string {
        throw new Error('a page with a known key must not be rendered');
      },
    };
    expect(await writeOutput(out, [untouchable], cache)).toMatchObject({ written: 0, unchanged: 1 });
    expect(await writeOutput(out, [{ path: 'a.html', contents: 'B', key: 'k2' }], cache)).toMatchObject({ written: 1, unchanged: 0 });
    expect(readFileSync(path.join(out, 'a.html'), 'utf8')).toBe('B');
  });

  it('records a new key for unchanged contents, so the next write skips the file without producing it', async () => {
    const { out, cache } = project();
    await writeOutput(out, [{ path: 'a.html', contents: 'A', key: 'old' }], cache);
    expect(await writeOutput(out, [{ path: 'a.html', contents: 'A', key: 'new' }], cache)).toMatchObject({ written: 0, unchanged: 1 });
    const untouchable: OutputFile = {
      path: 'a.html',
      key: 'new',
      get contents(): string {
        throw new Error('not expected to be read');
      },
    };
    expect(await writeOutput(out, [untouchable], cache)).toMatchObject({ written: 0, unchanged: 1 });
  });

  it('rewrites a file edited by hand even when its key is the one recorded', async () => {
    const { out, cache } = project();
    await writeOutput(out, [{ path: 'a.html', contents: 'A', key: 'k' }], cache);
    writeFileSync(path.join(out, 'a.html'), 'edited by hand');
    expect(await writeOutput(out, [{ path: 'a.html', contents: 'A', key: 'k' }], cache)).toMatchObject({ written: 1 });
    expect(readFileSync(path.join(out, 'a.html'), 'utf8')).toBe('A');
  });
});
