import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RenderCache } from '../../src/render/render-cache.js';
import type { RenderedBody } from '../../src/render/render-post.js';
import { useTempDirs } from '../helpers/temp.js';

const tempDir = useTempDirs('render-cache');

const body = (n: number): RenderedBody => ({
  html: `<p>本文${n}：生成<wbr>AIの記事</p>`,
  text: `本文${n}：生成AIの記事`,
  excerpt: `抜粋${n}`,
  readingMinutes: n,
  diagnostics: [{ severity: 'warning', file: `posts/${n}.md`, line: 3, column: 1, ruleId: 'citation-marker', message: '注', note: '直す' }],
  check: { diagnostics: [], siteFacts: { type: 'root', children: [{ type: 'link', url: `/2025/12/0${n}/x/`, children: [] }] } },
});
const plain = (b: RenderedBody | undefined) => (b ? { ...b, check: b.check ? { ...b.check } : undefined } : undefined);

describe('RenderCache', () => {
  it('gives back what was stored, from the file, after a save and a reopen', async () => {
    const dir = tempDir();
    const cache = await RenderCache.open(dir);
    const kept = cache.set('a', body(1));
    cache.set('b', body(2));
    // The body handed back reads from the file, and still does after the save renamed it.
    await cache.save();
    expect(plain(kept)).toEqual(plain(body(1)));
    const again = await RenderCache.open(dir);
    expect(plain(again.get('a'))).toEqual(plain(body(1)));
    expect(plain(again.get('b'))).toEqual(plain(body(2)));
    expect(again.get('c')).toBeUndefined();
  });

  it('keeps only the entries a build used, copying unchanged ones into the new file', async () => {
    const dir = tempDir();
    const first = await RenderCache.open(dir);
    first.set('a', body(1));
    first.set('b', body(2));
    await first.save();
    const second = await RenderCache.open(dir);
    const a = second.get('a');
    second.set('c', body(3));
    await second.save();
    // Read only now: the old file is gone, the body reads from the new one.
    expect(a?.html).toBe(body(1).html);
    const third = await RenderCache.open(dir);
    expect(third.get('b')).toBeUndefined();
    expect(plain(third.get('a'))).toEqual(plain(body(1)));
    expect(plain(third.get('c'))).toEqual(plain(body(3)));
    expect(readdirSync(dir).sort()).toEqual(['render-v3.bin']);
  });

  it('starts empty when the file is broken', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'render-v3.bin'), 'not a cache');
    const cache = await RenderCache.open(dir);
    expect(cache.get('a')).toBeUndefined();
    cache.set('a', body(1));
    await cache.save();
    expect(plain((await RenderCache.open(dir)).get('a'))).toEqual(plain(body(1)));
  });

  it('in memory, hands back the very bodies it was given', () => {
    const cache = RenderCache.inMemory();
    const b = body(1);
    expect(cache.set('a', b)).toBe(b);
    expect(cache.get('a')).toBe(b);
  });

  it('keeps bodies stored after its save in memory, leaving no file behind (the dev server saves once)', async () => {
    const dir = tempDir();
    const cache = await RenderCache.open(dir);
    cache.set('a', body(1));
    await cache.save();
    const later = body(2);
    expect(cache.set('b', later)).toBe(later);
    expect(cache.get('b')).toBe(later);
    expect(readdirSync(dir)).toEqual(['render-v3.bin']);
  });
});
