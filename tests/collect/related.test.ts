import { describe, expect, it } from 'vitest';
import { findRelated, type RelatedInput } from '../../src/collect/related.js';
import { generateCorpus, precisionAt3 } from '../fixtures/related/corpus.js';

const day = 86_400_000;

/** A post with only what a test cares about; the rest empty. */
function post(fields: Partial<RelatedInput>): RelatedInput {
  return { title: '', text: '', tags: [], categories: [], time: 0, ...fields };
}

describe('findRelated', () => {
  const corpus = generateCorpus({ seed: 7 });

  it('never lists a post as related to itself, even when an identical twin exists', () => {
    const twin = post({ title: 'GPU供給不足が深刻化', text: 'エヌビディアのGPUが不足している。', tags: ['半導体'] });
    const related = findRelated([...corpus, twin, { ...twin }]);
    for (const [i, list] of related.entries()) expect(list).not.toContain(i);
    expect(related[corpus.length]![0]).toBe(corpus.length + 1);
  });

  it('returns at most `limit` posts per post, five by default', () => {
    expect(findRelated(corpus, 2).every((list) => list.length <= 2)).toBe(true);
    const byDefault = findRelated(corpus);
    expect(byDefault.every((list) => list.length <= 5)).toBe(true);
    expect(byDefault.some((list) => list.length === 5)).toBe(true);
  });

  it('gives the same answer for the same input, whatever ran before', () => {
    const first = findRelated(corpus);
    findRelated(generateCorpus({ seed: 8 }));
    expect(findRelated(structuredClone(corpus))).toEqual(first);
  });

  it('ranks a post sharing a rare tag above one sharing only a common tag', () => {
    const posts = [
      post({ tags: ['量子計算', 'AI'], time: 0 }),
      post({ tags: ['量子計算'], time: 1 * day }),
      // Newer, so recency cannot be what puts post 1 first.
      post({ tags: ['AI'], time: 9 * day }),
      ...Array.from({ length: 5 }, (_, i) => post({ tags: ['AI'], time: i * day })),
    ];
    const [forFirst] = findRelated(posts, 10);
    expect(forFirst![0]).toBe(1);
    expect(forFirst).toContain(2);
  });

  it('finds related posts by their text when they have no tags', () => {
    const posts = [
      post({ title: 'エヌビディア、新型GPUを発表', text: 'エヌビディアは新型GPUを発表した。\n演算性能は前世代の二倍で、半導体の供給不足が続く。' }),
      post({ title: '規制当局、AI法案を審議', text: '欧州連合の議会は法案を審議した。\n著作権と透明性が焦点となる。' }),
      post({ title: '医療AIで画像診断', text: '病院は画像診断にAIを導入した。\n医師の負担が減ると期待される。' }),
      post({ title: 'GPU不足でデータセンター建設が遅れ', text: '新型GPUの供給不足で、半導体メーカーは増産を急ぐ。\nエヌビディアの演算性能への需要は強い。' }),
    ];
    const related = findRelated(posts);
    expect(related[0]![0]).toBe(3);
    expect(related[3]![0]).toBe(0);
  });

  it('breaks score ties by recency, newer first, then by index', () => {
    const posts = [
      post({ tags: ['ロボット'], time: 5 * day }),
      post({ tags: ['ロボット'], time: 1 * day }),
      post({ tags: ['ロボット'], time: 3 * day }),
      post({ tags: ['ロボット'], time: 3 * day }),
    ];
    expect(findRelated(posts)[0]).toEqual([2, 3, 1]);
  });

  it('returns no lists for no posts, and an empty list for a lone post', () => {
    expect(findRelated([])).toEqual([]);
    expect(findRelated([post({ title: '唯一の記事', text: '本文', tags: ['AI'] })])).toEqual([[]]);
  });

  it('keeps the top 3 in the same topic far more often than tags alone on a noisy-tag corpus', () => {
    const posts = generateCorpus({ seed: 1 });
    const full = precisionAt3(posts, findRelated(posts, 3));
    const tagsOnly = precisionAt3(posts, findRelated(posts.map((p) => ({ ...p, title: '', text: '' })), 3));
    expect(full).toBeGreaterThan(0.85);
    expect(full - tagsOnly).toBeGreaterThan(0.15);
  });
});
