import { describe, expect, it } from 'vitest';
import { makeExcerpt } from '../../src/render/excerpt.js';
import { render } from '../helpers/render.js';

const graphemes = (s: string) => Array.from(new Intl.Segmenter('ja', { granularity: 'grapheme' }).segment(s), (g) => g.segment);

describe('makeExcerpt', () => {
  it('returns text that fits whole', () => {
    expect(makeExcerpt('短い文章です。続きもある')).toBe('短い文章です。続きもある');
  });

  it('cuts at the last 。 that fits within 120 characters', () => {
    const first = 'あ'.repeat(50) + '。';
    const second = 'い'.repeat(50) + '。';
    const third = 'う'.repeat(50) + '。';
    expect(makeExcerpt(first + second + third)).toBe(first + second);
  });

  it('cuts at ！ and ？ too', () => {
    expect(makeExcerpt('本当ですか？' + 'あ'.repeat(200))).toBe('本当ですか？');
    expect(makeExcerpt('驚いた！' + 'あ'.repeat(200))).toBe('驚いた！');
  });

  it('keeps a closing bracket that ends the sentence', () => {
    expect(makeExcerpt('彼は「検討します。」と述べた' + 'あ'.repeat(200))).toBe('彼は「検討します。」');
  });

  it('cuts at 120 characters with an ellipsis when no sentence ends in time', () => {
    const out = makeExcerpt('あ'.repeat(300));
    expect(out).toBe('あ'.repeat(119) + '…');
  });

  it('never splits an emoji, even a family or a flag', () => {
    const family = '👨‍👩‍👧‍👦';
    const text = (family + '🇯🇵').repeat(100);
    const out = makeExcerpt(text);
    expect(out.endsWith('…')).toBe(true);
    const parts = graphemes(out.slice(0, -1));
    expect(parts.length).toBe(119);
    expect(parts.every((g) => g === family || g === '🇯🇵')).toBe(true);
  });

  it('counts graphemes, not UTF-16 units: 120 emoji fit whole', () => {
    const text = '🎉'.repeat(120);
    expect(makeExcerpt(text)).toBe(text);
  });

  it('cuts a very long text quickly and correctly', () => {
    const text = 'これは文です。'.repeat(20000);
    const start = performance.now();
    const out = makeExcerpt(text);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(out).toBe('これは文です。'.repeat(17));
  });
});

describe('excerpt of a rendered post', () => {
  it('is the first paragraph as plain text, without <wbr> or markup', () => {
    const r = render('OpenAIは**「コードレッド」**を宣言した。[詳細](/x/)は後述する。\n\n二つ目の段落。');
    expect(r.excerpt).toBe('OpenAIは「コードレッド」を宣言した。詳細は後述する。');
  });

  it('leaves footnote markers out', () => {
    expect(render('執行は8月から[^1]。\n\n[^1]: 注釈。').excerpt).toBe('執行は8月から。');
  });
});
