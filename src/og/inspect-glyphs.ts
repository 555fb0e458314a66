import { graphemes, isEmojiLike, isInvisible } from './graphemes.js';

/** What the card's text needs beyond the font. */
export interface GlyphReport {
  /** Emoji graphemes to draw as images → data URLs, sorted by grapheme. */
  emoji: Record<string, string>;
  /** Characters neither the font nor the emoji set can draw, in order of first appearance. */
  missing: string[];
}

/** Glyph sources the inspection consults. */
export interface GlyphSources {
  /** True when the card font has this code point. */
  covers(codePoint: number): boolean;
  /** An image for an emoji grapheme, or null. */
  emojiImage(grapheme: string): string | null;
}

/**
 * Finds, in the card's texts, the emoji to draw as images and the characters nothing can draw.
 * An emoji goes to the image set when the font lacks it or it asks for emoji style (U+FE0F);
 * symbols the font has in text style (☆, ©, →) stay text.
 */
export function inspectGlyphs(texts: readonly string[], sources: GlyphSources): GlyphReport {
  const joined = texts.join(' ');
  if (fontDrawsAll(joined, sources)) return { emoji: {}, missing: [] };
  const emoji = new Map<string, string>();
  const missing: string[] = [];
  const seen = new Set<string>();
  for (const g of graphemes(joined)) {
    if (seen.has(g)) continue;
    seen.add(g);
    const codePoints = Array.from(g, (c) => c.codePointAt(0) ?? 0);
    const lacking = codePoints.some((cp) => !isInvisible(cp) && !sources.covers(cp));
    if (isEmojiLike(g) && (lacking || codePoints.includes(0xfe0f))) {
      const image = sources.emojiImage(g);
      if (image) {
        emoji.set(g, image);
        continue;
      }
    }
    if (lacking) missing.push(g);
  }
  const sorted = [...emoji].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { emoji: Object.fromEntries(sorted), missing };
}

/** Fast path for the usual title: every code point in the font, no emoji-style selector (no segmenting needed). */
function fontDrawsAll(text: string, sources: GlyphSources): boolean {
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    if (cp === 0xfe0f || (!isInvisible(cp) && !sources.covers(cp))) return false;
  }
  return true;
}
