import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LoadCache } from '../../src/load/load-cache.js';
import { loadPosts } from '../../src/load/load-posts.js';
import { testConfig } from '../helpers/config.js';
import { useTempDirs, writeFiles } from '../helpers/temp.js';

const tempDir = useTempDirs('load-cache');

const files = {
  '2025-12-02-one.md': '---\ntitle: 一本目\ndate: 2025-12-02 09:00:00 +0900\ntags: [AI, 半導体]\n---\n本文です。\n',
  '2025-12-03-two.md': '---\ntitle: 二本目\ndate: 2025-12-03 09:00:00 +0900\nunknown_key: 残す\n---\n\n本文その二。\n',
  '2025-12-04-broken.md': '---\ntitle: 壊れた日付\ndate: 2025-13-45\n---\n本文。\n',
  '2025-12-05-no-front-matter.md': '# 見出しがタイトル\n\n本文。\n',
};

describe('loadPosts with a LoadCache', () => {
  it('gives exactly what an uncached load gives, the first time and from the saved cache', async () => {
    const posts = tempDir();
    const cacheDir = tempDir();
    writeFiles(posts, files);
    const config = testConfig({}, { postsDir: posts });
    const plain = await loadPosts(config);
    expect(plain.diagnostics.some((d) => d.severity === 'error')).toBe(true);

    const first = await LoadCache.open(cacheDir);
    expect(await loadPosts(config, { cache: first, salt: 's' })).toEqual(plain);
    await first.save();
    const again = await loadPosts(config, { cache: await LoadCache.open(cacheDir), salt: 's' });
    expect(again).toEqual(plain);
    for (const post of again.posts) expect(post.head + post.body).toBe(files[post.fileName as keyof typeof files]);
  });

  it('parses a file again when its bytes change', async () => {
    const posts = tempDir();
    const cacheDir = tempDir();
    writeFiles(posts, files);
    const config = testConfig({}, { postsDir: posts });
    const cache = await LoadCache.open(cacheDir);
    await loadPosts(config, { cache, salt: 's' });
    await cache.save();
    writeFileSync(path.join(posts, '2025-12-02-one.md'), files['2025-12-02-one.md'].replace('一本目', '改題した一本目'));
    const after = await loadPosts(config, { cache: await LoadCache.open(cacheDir), salt: 's' });
    expect(after.posts.map((p) => p.title)).toContain('改題した一本目');
    expect(after).toEqual(await loadPosts(config));
  });

  it('answers from the cache under the same salt, so the salt must cover the config (the build salts with it)', async () => {
    const posts = tempDir();
    const cacheDir = tempDir();
    writeFiles(posts, files);
    const cache = await LoadCache.open(cacheDir);
    await loadPosts(testConfig({ author: '編集部A' }, { postsDir: posts }), { cache, salt: 'same' });
    await cache.save();
    const other = testConfig({ author: '編集部B' }, { postsDir: posts });
    const stale = await loadPosts(other, { cache: await LoadCache.open(cacheDir), salt: 'same' });
    expect(stale.posts.map((p) => p.author)).toEqual(['編集部A', '編集部A', '編集部A']);
    const fresh = await loadPosts(other, { cache: await LoadCache.open(cacheDir), salt: 'other' });
    expect(fresh.posts.map((p) => p.author)).toEqual(['編集部B', '編集部B', '編集部B']);
  });
});
