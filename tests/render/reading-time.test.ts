import { describe, expect, it } from 'vitest';
import { countReadingUnits, readingMinutes } from '../../src/render/reading-time.js';
import { render } from '../helpers/render.js';

describe('readingMinutes', () => {
  it('reads 500 Japanese characters in one minute', () => {
    expect(readingMinutes(['あ'.repeat(500)])).toBe(1);
    expect(readingMinutes(['あ'.repeat(501)])).toBe(2);
    expect(readingMinutes(['漢'.repeat(1500)])).toBe(3);
  });

  it('reads 230 Latin words in one minute', () => {
    expect(readingMinutes([Array(230).fill('word').join(' ')])).toBe(1);
    expect(readingMinutes([Array(231).fill('word').join(' ')])).toBe(2);
  });

  it('adds Japanese and Latin reading time', () => {
    // Half a minute of each.
    expect(readingMinutes(['あ'.repeat(250), Array(115).fill('AI').join(' ')])).toBe(1);
    expect(readingMinutes(['あ'.repeat(251), Array(115).fill('AI').join(' ')])).toBe(2);
  });

  it('counts characters, not space-separated words, for Japanese', () => {
    expect(countReadingUnits('生成AIの学習に著作物を使う。')).toEqual({ cjkChars: 13, latinWords: 1 });
  });

  it('is at least one minute', () => {
    expect(readingMinutes([])).toBe(1);
    expect(readingMinutes(['あ'])).toBe(1);
  });

  it('computes the minutes of a rendered post from all its paragraphs', () => {
    const body = `${'あ'.repeat(600)}\n\n${'い'.repeat(600)}`;
    expect(render(body).readingMinutes).toBe(3);
  });
});
