import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { cardFontFiles } from '../../src/og/fonts.js';
import { layoutTitle, linesAllowed, measurePhrases, wrapPhrases, type Measure } from '../../src/og/layout-title.js';
import { splitPhrases } from '../../src/og/phrases.js';
import { createTextShaper } from '../../src/og/text-shaper.js';
import type { TitleFrame } from '../../src/og/types.js';
import { titleFrame } from '../../templates/og-card.js';

/** Every character 1em wide: easy to reason about. */
const monospace: Measure = (text) => Array.from(text).length;
const frame: TitleFrame = { width: 600, height: 300, maxLines: 3, sizes: [60, 50, 40], lineHeight: 1.25 };
const longTitle = '生成AIの規制をめぐる議論が本格化、欧州AI法の施行を前に日本企業も対応を急ぐ一方で、国内ではガイドラインの策定が遅れており業界団体からは懸念の声が上がっている';

describe('layoutTitle', () => {
  it('keeps a short title at the largest size on one line', () => {
    const layout = layoutTitle(['OpenAIが', '発表'], monospace, frame);
    expect(layout).toMatchObject({ fontSize: 60, lines: [['OpenAIが', '発表']], clamped: false });
  });

  it('never splits a phrase and never exceeds the allowed lines', () => {
    const phrases = splitPhrases(longTitle);
    for (const size of frame.sizes) {
      const lines = wrapPhrases(measurePhrases(phrases, monospace), frame.width / size);
      expect(lines.flat().map((p) => p.text)).toEqual(phrases);
    }
    const layout = layoutTitle(phrases, monospace, frame);
    expect(layout.lines.length).toBeLessThanOrEqual(linesAllowed(frame, layout.fontSize));
    expect(layout.lines.length).toBeLessThanOrEqual(frame.maxLines);
    const shown = layout.lines.flat().filter((p) => p !== '…');
    // Every shown phrase is a whole phrase of the title, except possibly the one cut before the ellipsis.
    shown.slice(0, -1).forEach((p) => expect(phrases).toContain(p));
  });

  it('shrinks the type before adding lines it cannot fit', () => {
    const phrases = splitPhrases('OpenAIがGPT-5を発表、推論性能が大幅に向上し企業向けの提供も開始');
    const layout = layoutTitle(phrases, monospace, frame);
    expect(layout.fontSize).toBeLessThan(60);
    expect(layout.clamped).toBe(false);
    expect(layout.lines.flat().join('')).toBe('OpenAIがGPT-5を発表、推論性能が大幅に向上し企業向けの提供も開始');
  });

  it('clamps a title too long for the smallest size and ends it with an ellipsis', () => {
    const layout = layoutTitle(splitPhrases(longTitle), monospace, frame);
    expect(layout.fontSize).toBe(40);
    expect(layout.clamped).toBe(true);
    expect(layout.lines).toHaveLength(3);
    expect(layout.lines.at(-1)?.at(-1)).toBe('…');
    for (const line of layout.lines) expect(monospace(line.join(''))).toBeLessThanOrEqual(600 / 40);
  });

  it('breaks a phrase wider than the whole line, such as a URL, instead of overflowing', () => {
    const url = 'https://example.com/a/very/long/path/that/has/no/break/opportunity/at/all';
    const layout = layoutTitle([url], monospace, frame);
    for (const line of layout.lines) expect(monospace(line.join(''))).toBeLessThanOrEqual(frame.width / layout.fontSize);
  });

  it('balances lines so the last one is not a lone short phrase', () => {
    // Greedy filling at 10em would give [あいうえ かきくけ こさ] [しす].
    const layout = layoutTitle(['あいうえ', 'かきくけ', 'こさ', 'しす'], monospace, { ...frame, sizes: [60] });
    expect(layout.lines).toEqual([['あいうえ', 'かきくけ'], ['こさ', 'しす']]);
  });

  it('keeps 300 generated titles within the frame, phrases whole', () => {
    const words = ['生成AI', 'の', '規制を', 'めぐる', 'OpenAI ', 'が', '新モデル', '「GPT-5」', 'を発表、', 'Anthropic ', '半導体', '投資', '。', '🚀', 'https://example.com/x', 'データセンター'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 300; n++) {
      const title = Array.from({ length: 1 + Math.floor(next() * 40) }, () => words[Math.floor(next() * words.length)]).join('');
      const phrases = splitPhrases(title);
      const layout = layoutTitle(phrases, monospace, frame);
      expect(layout.lines.length).toBeLessThanOrEqual(linesAllowed(frame, layout.fontSize));
      for (const line of layout.lines) expect(monospace(line.join('').trimEnd())).toBeLessThanOrEqual(frame.width / layout.fontSize);
      const shown = layout.lines.flat();
      // Phrases wider than a whole line are the one case that is split; otherwise every phrase is whole.
      if (phrases.some((p) => monospace(p.trimEnd()) > (frame.width - 2) / layout.fontSize)) continue;
      if (layout.clamped) shown.slice(0, -2).forEach((p) => expect(phrases).toContain(p));
      else expect(shown).toEqual(phrases);
    }
  });

  it('fits real titles in the card template frame with the real font metrics', async () => {
    const shaper = await createTextShaper(await readFile(cardFontFiles().bold));
    const measure: Measure = (t) => shaper.advance(t);
    for (const title of [longTitle, 'Anthropic releases Claude with improved reasoning and a much longer context window', '短い']) {
      const layout = layoutTitle(splitPhrases(title), measure, titleFrame);
      expect(layout.lines.length).toBeLessThanOrEqual(linesAllowed(titleFrame, layout.fontSize));
      expect(layout.lines.length * layout.lineHeight).toBeLessThanOrEqual(titleFrame.height);
      for (const line of layout.lines) expect(measure(line.join('').trimEnd()) * layout.fontSize).toBeLessThanOrEqual(titleFrame.width);
    }
  });
});
