/**
 * Index terms for related-post matching, Japanese-aware and fast.
 *
 * We use script runs rather than `Intl.Segmenter`: the segmenter manages about
 * 2 M characters a second in Node 20 (and slows down further on long strings), which
 * is ten seconds or more for a 10,000-post blog; a run scan is tens of times faster
 * and, for matching rather than display, about as good:
 * - a kanji run gives its character bigrams (most kanji words are two characters, and
 *   bigrams of a compound like 大規模言語 still match 言語 on its own), or itself when
 *   it is a single character;
 * - a katakana run is one term (loanwords: モデル, エヌビディア);
 * - a Latin/digit run is one term (gpt, h100), unless it is a bare number or one letter;
 * - hiragana is skipped: in news prose it is almost all particles and inflections.
 */

/** Script classes of a UTF-16 code unit; plain numbers keep the scan loop cheap. */
const Script = { Other: 0, Kanji: 1, Katakana: 2, Latin: 3 } as const;
type Script = (typeof Script)[keyof typeof Script];

/** Calls `visit` once per term occurrence in `text`, paragraph by paragraph (split on "\n"). */
export function forEachTerm(text: string, visit: (term: string) => void): void {
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    if (stop > start) scanParagraph(text.slice(start, stop), visit);
    start = stop + 1;
  }
}

/** The terms of `text` in order, repeats included (a convenience for tests and small inputs). */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  forEachTerm(text, (term) => terms.push(term));
  return terms;
}

function scanParagraph(raw: string, visit: (term: string) => void): void {
  // NFKC folds full-width Latin and half-width katakana; lower case merges GPT and gpt.
  const s = raw.normalize('NFKC').toLowerCase();
  let runStart = 0;
  let runScript: Script = Script.Other;
  for (let i = 0; i <= s.length; i++) {
    const script = i < s.length ? scriptOf(s.charCodeAt(i)) : Script.Other;
    if (script === runScript) continue;
    emitRun(s, runStart, i, runScript, visit);
    runStart = i;
    runScript = script;
  }
}

function emitRun(s: string, start: number, end: number, script: Script, visit: (term: string) => void): void {
  const length = end - start;
  if (script === Script.Kanji) {
    if (length === 1) visit(s.slice(start, end));
    for (let i = start; i + 2 <= end; i++) visit(s.slice(i, i + 2));
  } else if (script === Script.Katakana) {
    if (length >= 2) visit(s.slice(start, end));
  } else if (script === Script.Latin) {
    const word = s.slice(start, end);
    if (length >= 2 && !/^\d+$/.test(word)) visit(word);
  }
}

function scriptOf(c: number): Script {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) return Script.Latin;
  // CJK unified ideographs, extension A, compatibility ideographs, and 々 (repeat mark).
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3005) {
    return Script.Kanji;
  }
  // Katakana and the long vowel mark ー, but not the middle dot ・, which separates words.
  if ((c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc || (c >= 0x31f0 && c <= 0x31ff)) return Script.Katakana;
  return Script.Other;
}
