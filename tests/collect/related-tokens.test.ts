import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/collect/related-tokens.js';

describe('tokenize', () => {
  it('splits kanji runs into bigrams and keeps a lone kanji whole', () => {
    expect(tokenize('大規模言語')).toEqual(['大規', '規模', '模言', '言語']);
    expect(tokenize('米の')).toEqual(['米']);
  });

  it('keeps katakana words and Latin words whole, and skips hiragana', () => {
    expect(tokenize('エヌビディアのGPUは')).toEqual(['エヌビディア', 'gpu']);
  });

  it('folds full-width and half-width forms and case before matching', () => {
    expect(tokenize('ＧＰＴとｴﾇﾋﾞﾃﾞｨｱ')).toEqual(tokenize('gptとエヌビディア'));
  });

  it('drops bare numbers and single letters but keeps model names with digits', () => {
    expect(tokenize('2025年にH100とxを')).toEqual(['年', 'h100']);
  });

  it('never makes a term across a paragraph break or a middle dot', () => {
    expect(tokenize('開発\n競争')).toEqual(['開発', '競争']);
    expect(tokenize('ソフト・バンク')).toEqual(['ソフト', 'バンク']);
  });
});
