const segmenter = new Intl.Segmenter('ja', { granularity: 'grapheme' });

/** Splits text into user-perceived characters (an emoji ZWJ sequence or a flag is one). */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Collapses runs of white space (newlines, tabs, ideographic spaces stay as they are) to one space and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\t\n\r\f\v ]+/g, ' ').trim();
}

/**
 * True for code points that never need a glyph of their own: joiners, variation selectors
 * (including Japanese ideographic variation sequences), tag characters, the keycap combiner.
 */
export function isInvisible(codePoint: number): boolean {
  return (
    codePoint === 0x200d ||
    codePoint === 0x200c ||
    codePoint === 0x20e3 ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    (codePoint >= 0xe0100 && codePoint <= 0xe01ef) ||
    (codePoint >= 0xe0020 && codePoint <= 0xe007f)
  );
}

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u;

/** True when the grapheme is (or could be drawn as) an emoji. */
export function isEmojiLike(grapheme: string): boolean {
  return EMOJI.test(grapheme);
}

/** `U+1F916`-style name of each code point, for messages. */
export function codePointNames(grapheme: string): string {
  return Array.from(grapheme, (c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}
