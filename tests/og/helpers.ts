import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaults } from '../../src/config/defaults.js';
import type { ResolvedConfig } from '../../src/config/types.js';
import type { CardJob } from '../../src/og/index.js';
import { afterAll } from 'vitest';

const roots: string[] = [];
afterAll(() => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))));

/** A resolved config whose cache lives in a fresh temporary folder (removed after the file's tests) and whose templates folder has no card layout. */
export async function testConfig(overrides: Partial<ResolvedConfig> = {}): Promise<ResolvedConfig> {
  const root = await mkdtemp(path.join(tmpdir(), 'og-test-'));
  roots.push(root);
  return {
    ...defaults,
    og: { ...defaults.og },
    root,
    configFile: null,
    title: 'AIニュース速報',
    url: 'https://news.example.jp',
    postsDir: path.join(root, 'posts'),
    outDir: path.join(root, 'dist'),
    templatesDir: path.join(root, 'templates'),
    assetsDir: path.join(root, 'assets'),
    cacheDir: path.join(root, '.cache'),
    taxonomySlugs: null,
    check: { rules: {} },
    drafts: false,
    future: false,
    dev: false,
    now: new Date('2025-12-03T00:00:00Z'),
    ...overrides,
  };
}

/** A card job for a post with the given title. */
export function job(title: string, overrides: Partial<CardJob> = {}): CardJob {
  return {
    file: 'posts/2025-12-03-test.md',
    outputPath: 'og/2025/12/03/test.png',
    title,
    category: '生成AI',
    dateLabel: '2025年12月3日',
    author: '山田太郎',
    siteName: 'AIニュース速報',
    ...overrides,
  };
}

/** Width and height as the PNG's IHDR chunk states them (bytes 16–23). */
export function ihdrSize(bytes: string | Uint8Array): { width: number; height: number } {
  if (typeof bytes === 'string') throw new Error('expected PNG bytes, got text');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
