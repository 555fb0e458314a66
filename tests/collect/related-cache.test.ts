import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RelatedCache } from '../../src/collect/related-cache.js';
import { findRelated, type RelatedInput } from '../../src/collect/related.js';
import { useTempDirs } from '../helpers/temp.js';

const tempDir = useTempDirs('related-cache');

const post = (title: string, tags: string[], text: string, day: number): RelatedInput => ({ title, tags, categories: ['ニュース'], text, time: Date.UTC(2026, 0, day) });
const posts = [
  post('半導体の供給', ['半導体', 'gpu'], '半導体の供給が逼迫している。', 1),
  post('GPUの価格', ['gpu'], 'GPUの価格が上がった。半導体の不足による。', 2),
  post('著作権と生成AI', ['著作権'], '生成AIの学習と著作権について。', 3),
  post('生成AIの規制', ['著作権', '規制'], '欧州の規制が生成AIの学習データに及ぶ。', 4),
];
const hashes = ['h1', 'h2', 'h3', 'h4'];

describe('RelatedCache', () => {
  it('computes related posts as findRelated does, and answers from the saved result when nothing changed', async () => {
    const dir = tempDir();
    const first = await RelatedCache.open(dir);
    const computed = first.finder('salt')(posts, hashes);
    expect(computed).toEqual(findRelated(posts));
    await first.save();

    // The text is not part of the key (the file hash stands for it): a cached answer ignores it.
    const reopened = await RelatedCache.open(dir);
    const silent = posts.map((p) => ({ ...p, text: '' }));
    expect(reopened.finder('salt')(silent, hashes)).toEqual(computed);
  });

  it('computes again when a file hash, a tag, the order or the salt differs', async () => {
    const dir = tempDir();
    const cache = await RelatedCache.open(dir);
    cache.finder('salt')(posts, hashes);
    await cache.save();
    const lonely = posts.map((p) => ({ ...p, tags: [], text: p.title }));
    const fresh = findRelated(lonely);
    expect(fresh).not.toEqual(findRelated(posts));
    const again = await RelatedCache.open(dir);
    expect(again.finder('salt')(lonely, ['h1', 'h2', 'h3', 'h4-edited'])).toEqual(fresh);
    expect(again.finder('other salt')(lonely, hashes)).toEqual(fresh);
    expect(again.finder('salt')([...lonely].reverse(), [...hashes].reverse())).toEqual(findRelated([...lonely].reverse()));
  });

  it('starts empty when the cache file is broken', async () => {
    const dir = tempDir();
    writeFileSync(`${dir}/related-v2.json`, '{"key": 1');
    const cache = await RelatedCache.open(dir);
    expect(cache.finder('salt')(posts, hashes)).toEqual(findRelated(posts));
  });
});
