import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import type { ResolvedConfig } from '../../src/config/types.js';
import { writeOutput } from '../../src/write/write-output.js';
import { SITE_ROOT, siteConfig } from '../helpers/site.js';
import { useTempDirs } from '../helpers/temp.js';

const tempDir = useTempDirs('warm');

function copyPosts(to: string): void {
  for (const name of readdirSync(path.join(SITE_ROOT, 'posts'))) copyFileSync(path.join(SITE_ROOT, 'posts', name), path.join(to, name));
}

const configFor = (root: string, out = 'dist', cache = '.cache'): ResolvedConfig => siteConfig({}, { postsDir: path.join(root, 'posts'), outDir: path.join(root, out), cacheDir: path.join(root, cache) });

async function buildAndWrite(config: ResolvedConfig) {
  const result = await build(config, { cards: false, search: false, workers: 0 });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return writeOutput(config.outDir, result.files, config.cacheDir);
}

const listing = (dir: string) =>
  (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .map((p) => p.split(path.sep).join('/'))
    .filter((p) => statSync(path.join(dir, p)).isFile())
    .sort();

describe('a warm build (cache and last output present)', () => {
  it('renders and writes only the pages an edit changed, and its output is byte-identical to a cold build', async () => {
    const root = tempDir();
    const posts = path.join(root, 'posts');
    mkdirSync(posts);
    copyPosts(posts);
    const config = configFor(root);
    const cold = await buildAndWrite(config);
    expect(cold.mode).toBe('swap');

    // Nothing changed: no page is written again.
    expect(await buildAndWrite(config)).toMatchObject({ written: 0, removed: 0, mode: 'none' });

    // An old post gets a paragraph at the end (its excerpt stays): its page changes, lists showing only its summary do not.
    const edited = path.join(posts, '2026-02-14-eu-ai-act.md');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\n\n追記：施行日の表記を改めました。\n`);
    const warm = await buildAndWrite(config);
    expect(warm.mode).toBe('update');
    expect(warm.written).toBeGreaterThan(0);
    expect(warm.written).toBeLessThan(cold.written / 4);

    // The warm output is exactly what a cold build of the edited posts writes.
    const fresh = configFor(root, 'dist-cold', '.cache-cold');
    await buildAndWrite(fresh);
    const files = listing(config.outDir);
    expect(files).toEqual(listing(fresh.outDir));
    for (const file of files) expect(readFileSync(path.join(config.outDir, file)), file).toEqual(readFileSync(path.join(fresh.outDir, file)));
    const shown = (f: string) => readFileSync(path.join(config.outDir, f), 'utf8').replace(/<wbr\/?>/g, '').includes('施行日の表記を改めました');
    expect(files.filter((f) => f.endsWith('.html') && shown(f)).map((f) => f.split('/').slice(0, 3).join('/'))).toEqual(['2026/02/14']);
  });

  it('rewrites the lists when a title changes, and stays identical to a cold build', async () => {
    const root = tempDir();
    const posts = path.join(root, 'posts');
    mkdirSync(posts);
    copyPosts(posts);
    const config = configFor(root);
    await buildAndWrite(config);
    const edited = path.join(posts, '2026-09-30-open-model.md');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: .*$/m, 'title: "改題：公開モデルの現在地"'));
    const warm = await buildAndWrite(config);
    expect(warm.written).toBeGreaterThan(1);
    const fresh = configFor(root, 'dist-cold', '.cache-cold');
    await buildAndWrite(fresh);
    const files = listing(config.outDir);
    expect(files).toEqual(listing(fresh.outDir));
    for (const file of files) expect(readFileSync(path.join(config.outDir, file)), file).toEqual(readFileSync(path.join(fresh.outDir, file)));
    expect(readFileSync(path.join(config.outDir, '2026/09/30/open-model/index.html'), 'utf8')).toContain('<title>改題：公開モデルの現在地');
  });

  it('says when time alone changes the site: the future post is due', async () => {
    const result = await build(siteConfig(), { cards: false, search: false, workers: 0, cache: false });
    expect(result.validUntil).toBe(new Date('2026-12-25T09:00:00+09:00').getTime());
  });
});
