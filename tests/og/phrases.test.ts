import { describe, expect, it } from 'vitest';
import { splitPhrases } from '../../src/og/phrases.js';

describe('splitPhrases', () => {
  it('splits Japanese at BudouX phrase boundaries', () => {
    expect(splitPhrases('OpenAIがGPT-5を発表、推論性能が大幅に向上')).toEqual(['OpenAIが', 'GPT-5を', '発表、', '推論性能が', '大幅に', '向上']);
  });

  it('breaks Latin text between words and keeps each space at the end of the word before it', () => {
    const phrases = splitPhrases('Apple Intelligence Now  Available');
    expect(phrases).toEqual(['Apple ', 'Intelligence ', 'Now ', 'Available']);
    expect(phrases.some((p) => p.startsWith(' '))).toBe(false);
  });

  it('returns nothing for a blank title', () => {
    expect(splitPhrases('  \n ')).toEqual([]);
  });
});
