import { describe, expect, it } from 'vitest';
import { emojiImage } from '../../src/og/emoji.js';
import { inspectGlyphs, type GlyphSources } from '../../src/og/inspect-glyphs.js';

/** A font with ASCII, kana/kanji and a few text-style symbols, but no emoji and nothing beyond the BMP. */
const sources: GlyphSources = {
  covers: (cp) => cp < 0x2700 || (cp >= 0x3000 && cp < 0xa000),
  emojiImage,
};

describe('inspectGlyphs', () => {
  it('sends emoji the font lacks to Twemoji, including ZWJ sequences and flags', () => {
    const report = inspectGlyphs(['AI 🤖 👨‍💻 🇯🇵 ✨'], sources);
    expect(Object.keys(report.emoji).sort()).toEqual(['✨', '👨‍💻', '🇯🇵', '🤖'].sort());
    expect(report.missing).toEqual([]);
    expect(report.emoji['🤖']).toMatch(/^data:image\/svg\+xml;base64,/);
  });

  it('keeps symbols the font has as text unless emoji style is asked for', () => {
    expect(inspectGlyphs(['☀ © →'], sources).emoji).toEqual({});
    expect(Object.keys(inspectGlyphs(['☀️'], sources).emoji)).toEqual(['☀️']);
  });

  it('reports characters neither the font nor Twemoji can draw, once each', () => {
    const report = inspectGlyphs(['𠀀と𠀀', '한국'], sources);
    expect(report.missing).toEqual(['𠀀', '한', '국']);
  });

  it('ignores variation selectors that only pick a glyph variant', () => {
    expect(inspectGlyphs(['葛\u{E0100}飾'], sources).missing).toEqual([]);
  });
});
