import { jaModel, Parser } from 'budoux';
import { describe, expect, it } from 'vitest';
import { budouxBoundaries, phraseBoundaries, phrases } from '../../src/render/budoux.js';

const reference = new Parser(jaModel);

const SENTENCES = [
  '',
  'あ',
  'あい',
  '今日',
  '今日は',
  '。',
  '「」',
  'AI',
  '😀',
  '👨‍👩‍👧‍👦家族',
  '今日は天気です。',
  '私はその人を常に先生と呼んでいた。',
  'OpenAIは社内に「コードレッド」を宣言し、検索と対話AIの競争が新しい段階に入った。',
  '生成AIの学習に著作物を使うことは、日本の著作権法では原則として認められている。',
  'EU AI Act「汎用目的AIモデル」規制の本格執行まで半年 — What Japanese AI Providers Should Prepare',
  'GPT-5とClaude 4、Gemini 2.5 Proを比較した。',
  '価格は100万トークンあたり1,000円（税込）から。',
  'データセンターの制約は「チップ」から「電力」へ：2026年の供給網を読む',
  '本当に？　いや、本当だ！',
  'ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｊｐ　全角の英数字',
  'カタカナだけのテキストエディター',
  'ひらがなだけでかいたぶんしょうです',
  '漢字熟語連続国際標準化機構',
  '絵文字🎉を含む文章🚀です。',
  '𠮷野家の𩸽定食は美味しい。',
  'ＡＩとAIは同じ語です。',
  '半角ｶﾀｶﾅも混ざる。',
  '改行を\n含む\n文章。',
  '  前後に空白  ',
  '「引用の中に『二重の引用』がある」と述べた。',
  '注釈※1を参照。',
  '３月１０日（火）午後３時に発表',
  'https://example.com/日本語のパス/を参照',
  'C++やC#、Rustで書かれたコード',
  '…………',
  '！？！？',
  '첫 번째 한국어 문장과 日本語',
  'The quick brown fox jumps over the lazy dog.',
  'AIスタートアップの評価額倍率は、売上高の20倍から50倍に広がっている。',
  '企業の生成AI導入調査2026：利用率は6割に',
];

/** A reproducible pseudo-random number generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('budouxBoundaries', () => {
  it.each(SENTENCES.map((s) => [JSON.stringify(s), s]))('gives the same boundaries as budoux Parser for %s', (_, sentence) => {
    expect(budouxBoundaries(sentence as string)).toEqual(reference.parseBoundaries(sentence as string));
  });

  it('gives the same boundaries as budoux Parser on 1,000 random strings built from the model’s own n-grams', () => {
    const rand = random(20251202);
    const grams = Object.values(jaModel as Record<string, Record<string, number>>).flatMap((table) => Object.keys(table));
    const extras = ['A', 'z', '1', ' ', '。', '、', '😀', '👍🏽', '\n', '「', '」', '𠮷'];
    for (let n = 0; n < 1000; n++) {
      let s = '';
      const pieces = Math.floor(rand() * 12);
      for (let i = 0; i < pieces; i++) {
        s += rand() < 0.8 ? grams[Math.floor(rand() * grams.length)] : extras[Math.floor(rand() * extras.length)];
      }
      expect(budouxBoundaries(s), JSON.stringify(s)).toEqual(reference.parseBoundaries(s));
    }
  });
});

describe('phraseBoundaries', () => {
  it('finds no boundaries in text without Japanese', () => {
    expect(phraseBoundaries('The quick brown fox jumps over the lazy dog.')).toEqual([]);
  });

  it('never breaks between two ASCII characters, so Latin words, numbers and URLs stay whole', () => {
    for (const s of SENTENCES) {
      for (const b of phraseBoundaries(s)) {
        expect(s.charCodeAt(b - 1) < 0x80 && s.charCodeAt(b) < 0x80, `${JSON.stringify(s)} at ${b}`).toBe(false);
      }
    }
  });

  it('never breaks next to white space, which is already a break', () => {
    for (const s of SENTENCES) {
      for (const b of phraseBoundaries(s)) expect(/\s/.test(s[b - 1]!) || /\s/.test(s[b]!)).toBe(false);
    }
  });

  it('never breaks before punctuation that must not start a line (kinsoku)', () => {
    const text = '日本企業がいま準備すべきこと：技術文書、学習データ。そして「方針」）を公開する';
    for (const i of phraseBoundaries(text)) expect('：、。」）').not.toContain(text[i]);
    expect(phraseBoundaries('準備すべきこと：')).not.toContain('準備すべきこと：'.indexOf('：'));
  });

  it('never splits a surrogate pair', () => {
    for (const s of ['𠮷野家の𩸽定食は美味しい。', '絵文字🎉を含む文章🚀です。', '😀😀😀あ😀い😀']) {
      for (const b of phraseBoundaries(s)) {
        const low = s.charCodeAt(b);
        expect(low >= 0xdc00 && low <= 0xdfff).toBe(false);
      }
    }
  });

  it('keeps only boundaries BudouX itself found', () => {
    for (const s of SENTENCES) {
      const all = new Set(reference.parseBoundaries(s));
      expect(phraseBoundaries(s).every((b) => all.has(b))).toBe(true);
    }
  });
});

describe('phrases', () => {
  it('splits a Japanese sentence into BudouX phrases', () => {
    expect(phrases('OpenAIは社内に「コードレッド」を宣言した。')).toEqual(['OpenAIは', '社内に', '「コードレッド」を', '宣言した。']);
  });

  it('joins back into exactly the original text', () => {
    for (const s of SENTENCES) expect(phrases(s).join('')).toBe(s);
  });

  it('returns no empty phrases and none for empty text', () => {
    expect(phrases('')).toEqual([]);
    for (const s of SENTENCES) expect(phrases(s).every((p) => p.length > 0)).toBe(true);
  });
});
