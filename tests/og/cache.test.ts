import { readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCards } from '../../src/og/index.js';
import { job, testConfig } from './helpers.js';

async function cachedFiles(cacheDir: string): Promise<string[]> {
  const entries = await readdir(path.join(cacheDir, 'og'), { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe('OG card cache', () => {
  it('skips an unchanged card and returns the same bytes', async () => {
    const config = await testConfig();
    const first = await generateCards([job('キャッシュのテスト')], { config, workers: 0 });
    const second = await generateCards([job('キャッシュのテスト')], { config, workers: 0 });
    expect(first.stats).toMatchObject({ generated: 1, cached: 0 });
    expect(second.stats).toMatchObject({ generated: 0, cached: 1 });
    expect(second.files).toEqual(first.files);
  });

  it('regenerates a card whose text or colours changed', async () => {
    const config = await testConfig();
    await generateCards([job('キャッシュのテスト')], { config, workers: 0 });
    const retitled = await generateCards([job('キャッシュのテスト（改）')], { config, workers: 0 });
    expect(retitled.stats).toMatchObject({ generated: 1, cached: 0 });
    config.og.accent = '#ff0066';
    const recoloured = await generateCards([job('キャッシュのテスト（改）')], { config, workers: 0 });
    expect(recoloured.stats).toMatchObject({ generated: 1, cached: 0 });
  });

  it('writes entries atomically, leaving no temporary files', async () => {
    const config = await testConfig();
    await generateCards([job('一つ目'), job('二つ目', { outputPath: 'og/2.png' })], { config, workers: 0 });
    const files = await cachedFiles(config.cacheDir);
    expect(files).toHaveLength(2);
    expect(files.every((f) => f.endsWith('.png'))).toBe(true);
  });

  it('regenerates a corrupt cache entry instead of publishing it', async () => {
    const config = await testConfig();
    const first = await generateCards([job('壊れたキャッシュ')], { config, workers: 0 });
    const [entry] = await cachedFiles(config.cacheDir);
    if (!entry) throw new Error('no cache entry written');
    const bytes = await readFile(entry);
    const at = bytes.length - 40;
    bytes[at] = (bytes[at] ?? 0) ^ 0xff;
    await writeFile(entry, bytes);
    const second = await generateCards([job('壊れたキャッシュ')], { config, workers: 0 });
    expect(second.stats).toMatchObject({ generated: 1, cached: 0 });
    expect(second.files).toEqual(first.files);
    expect(await readFile(entry)).toEqual(Buffer.from(first.files.find((f) => f.path.endsWith('test.png'))?.contents ?? ''));
  });

  it('regenerates a truncated cache entry', async () => {
    const config = await testConfig();
    await generateCards([job('途切れたキャッシュ')], { config, workers: 0 });
    const [entry] = await cachedFiles(config.cacheDir);
    if (!entry) throw new Error('no cache entry written');
    await truncate(entry, 100);
    const again = await generateCards([job('途切れたキャッシュ')], { config, workers: 0 });
    expect(again.stats).toMatchObject({ generated: 1, cached: 0 });
  });
});

describe('OG cards without a writable cache', () => {
  it('still returns the card, with a warning', async () => {
    const config = await testConfig();
    await writeFile(path.join(config.root, 'not-a-folder'), 'x');
    config.cacheDir = path.join(config.root, 'not-a-folder');
    const result = await generateCards([job('キャッシュなし')], { config, workers: 0 });
    expect(result.diagnostics.map((d) => [d.severity, d.ruleId])).toEqual([['warning', 'og-cache']]);
    expect(result.files.some((f) => f.path === 'og/2025/12/03/test.png')).toBe(true);
    expect(result.stats.generated).toBe(1);
  });
});
