// Characters of Japanese scripts (kana, kanji, full-width forms) read at ~500 a minute.
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/g;
// Latin words read at ~230 a minute.
const LATIN_WORD = /[A-Za-z0-9][A-Za-z0-9'’.-]*/g;

/** Japanese characters and Latin words in some text. */
export function countReadingUnits(text: string): { cjkChars: number; latinWords: number } {
  return { cjkChars: text.match(CJK)?.length ?? 0, latinWords: text.match(LATIN_WORD)?.length ?? 0 };
}

/** Minutes to read, from characters not words: ~500 Japanese characters plus ~230 Latin words a minute, at least 1. */
export function readingMinutes(paragraphs: readonly string[]): number {
  let cjk = 0;
  let latin = 0;
  for (const p of paragraphs) {
    const c = countReadingUnits(p);
    cjk += c.cjkChars;
    latin += c.latinWords;
  }
  return Math.max(1, Math.ceil(cjk / 500 + latin / 230));
}
