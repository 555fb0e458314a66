import { describe, expect, test } from 'vitest';
import { containsTerms, normalizeText, planQuery, readableExcerpt, splitWords } from '../../src/search/client/text.js';

describe('planQuery', () => {
  test('a Japanese compound is one phrase of adjacent words', () => {
    expect(planQuery('生成AI')).toEqual({ terms: ['生成', 'AI'], phrases: [['生成', 'AI']] });
  });

  test('full-width letters are folded before anything else', () => {
    expect(planQuery('生成ＡＩ')).toEqual(planQuery('生成AI'));
    expect(planQuery('ＡＩ').terms).toEqual(['AI']);
  });

  test('a Latin compound is one index word without its punctuation', () => {
    expect(planQuery('ＧＰＴ－５').terms).toEqual(['GPT5']);
    expect(planQuery('llama.cpp').terms).toEqual(['llamacpp']);
  });

  test('words typed apart need not be adjacent', () => {
    expect(planQuery('OpenAI　半導体')).toEqual({ terms: ['OpenAI', '半導体'], phrases: [] });
  });

  test('Japanese punctuation separates words instead of joining them', () => {
    expect(planQuery('規制・政策')).toEqual({ terms: ['規制', '政策'], phrases: [] });
  });

  test('a query of punctuation only asks for nothing', () => {
    expect(planQuery('・、')).toEqual({ terms: [], phrases: [] });
  });
});

describe('index and query are split the same way', () => {
  const samples = ['生成AI', '半導体メーカー', 'データセンター', 'AIエージェント', '国産LLM', '推論モデル', 'ｵｰﾌﾟﾝｿｰｽ', 'サム・アルトマン', '量子コンピュータ'];
  test.each(samples)('%s', (sample) => {
    const indexed = splitWords(normalizeText(sample))
      .split(' ')
      .filter((w) => /[\p{L}\p{N}]/u.test(w));
    expect(planQuery(sample).terms).toEqual(indexed);
  });
});

describe('readableExcerpt', () => {
  test('takes the index spaces out of Japanese and keeps them between Latin words', () => {
    expect(readableExcerpt('EU の AI 規制 は Google Cloud に も 及ぶ')).toBe('EUのAI規制はGoogle Cloudにも及ぶ');
  });

  test('turns the ". " after a Japanese heading into 。', () => {
    expect(readableExcerpt('供給 網 を 読む. 2023 年')).toBe('供給網を読む。2023年');
  });

  test('marks a phrase once, not word by word', () => {
    expect(readableExcerpt('<mark>生成</mark> <mark>AI</mark> の 市場')).toBe('<mark>生成AI</mark>の市場');
  });

  test('keeps the space after Latin punctuation', () => {
    expect(readableExcerpt('LLM. 生成 AI')).toBe('LLM. 生成AI');
  });
});

describe('containsTerms', () => {
  const content = 'OpenAI は GPT-5.1 を llama.cpp で 動かし 、 半導体 を 語る iPhone';
  test('a term matches the start of a word or of a part of one', () => {
    expect(containsTerms(content, ['open', 'ai', 'gpt5', 'cpp', '半導', 'phone'])).toBe(true);
  });

  test('a term inside a word, or in no word, does not match', () => {
    expect(containsTerms(content, ['pen'])).toBe(false);
    expect(containsTerms(content, ['導体'])).toBe(false);
    expect(containsTerms(content, ['openai', 'claude'])).toBe(false);
  });
});
