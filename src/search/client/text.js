// Text rules shared by the indexer (Node, src/search/searchable-html.ts) and the search page
// (the browser, ./search.js), so that index and query are split the same way: one module, two
// runtimes. Plain JavaScript because it is served as it is; types in ./text.d.ts.

// Intl.Segmenter ships with Node and every current browser and uses the same ICU dictionary
// for Japanese in both, unlike Pagefind's own Japanese indexing (Lindera), which splits words
// differently from the browser and so misses or over-matches compound queries.
const words = new Intl.Segmenter('ja', { granularity: 'word' });

// Kana, kanji, CJK punctuation and full-width forms: where Japanese text has no spaces.
const CJK = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uffef]/u;
const JAPANESE_RUN = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uffef]+/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The normalisation of indexed text and queries alike: NFKC (`ＡＩ` → `AI`, `ｵｰﾌﾟﾝ` → `オープン`). */
export function normalizeText(text) {
  return text.normalize('NFKC');
}

/**
 * Where words meet Japanese in `text`: offsets at which a space must go so that a
 * whitespace-splitting index sees Japanese words. Only the Japanese runs go through the
 * segmenter (it is the slow part of indexing; ICU breaks at every change of script anyway).
 */
export function wordBreaks(text) {
  const breaks = [];
  for (const run of text.matchAll(JAPANESE_RUN)) {
    const start = run.index;
    const end = start + run[0].length;
    if (start > 0 && !/\s/u.test(text.charAt(start - 1))) breaks.push(start);
    for (const { index } of words.segment(run[0])) if (index > 0) breaks.push(start + index);
    if (end < text.length && !/\s/u.test(text.charAt(end))) breaks.push(end);
  }
  return breaks;
}

/**
 * `text` with a space at every word boundary that touches Japanese: `OpenAIが生成AIを` →
 * `OpenAI が 生成 AI を`. Latin runs keep their own spelling (`GPT-5`, `llama.cpp`), which the
 * indexer already splits into parts.
 */
export function splitWords(text) {
  let out = '';
  let from = 0;
  for (const at of wordBreaks(text)) {
    out += text.slice(from, at) + ' ';
    from = at;
  }
  return out + text.slice(from);
}

/**
 * What to ask the index for a query: the words, each as the indexer spelt it, and the runs of
 * words that must stand side by side because the reader typed them as one (`生成AI` is the
 * run `生成`,`AI`: pages with 生成 in one place and AI in another do not match).
 */
export function planQuery(query) {
  const terms = [];
  const phrases = [];
  for (const typed of normalizeText(query).split(/\s+/u)) {
    let run = [];
    for (const token of splitWords(typed).split(' ')) {
      if (!LETTER_OR_DIGIT.test(token)) {
        // Punctuation (`・`, `、`) ends a run: it takes a place of its own in the index.
        if (run.length > 1) phrases.push(run);
        run = [];
        continue;
      }
      // A Latin compound is one index word without its punctuation (`GPT-5` → `gpt5`).
      const term = CJK.test(token) ? token : token.replace(/[^\p{L}\p{N}]/gu, '');
      terms.push(term);
      run.push(term);
    }
    if (run.length > 1) phrases.push(run);
  }
  return { terms, phrases };
}

/**
 * True when every term starts a word of `content` (a page's indexed text), or a part of one as
 * the indexer splits them (`ai` in `OpenAI`, `gpt` in `GPT-5`). Pagefind answers a word it
 * cannot find with indexed words that begin it (`Europe` finds `EU`, `Claude` finds `C++`); a
 * page without the words is how that shows.
 */
export function containsTerms(content, terms) {
  const starts = new Set();
  for (const token of content.split(/\s+/u)) {
    starts.add(token.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase());
    for (const part of token.split(/[^\p{L}\p{N}]+|(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u)) {
      if (part) starts.add(part.toLowerCase());
    }
  }
  return terms.every((term) => {
    const wanted = term.toLowerCase();
    for (const start of starts) if (start.startsWith(wanted)) return true;
    return false;
  });
}

/**
 * An excerpt as readers expect it: without the spaces the index put into Japanese, with `。`
 * for the `. ` Pagefind ends Japanese headings and list items with, and one `<mark>` per match.
 */
export function readableExcerpt(excerpt) {
  const cjkChar = String.raw`[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uffef]`;
  const tag = '(?:</?mark>)*';
  return excerpt
    .replace(/\u200b/gu, '')
    .replace(new RegExp(`(${cjkChar}${tag})\\. ?`, 'gu'), '$1。')
    // Spaces next to Japanese go, but not after a sentence's Latin punctuation (`AI. 資金調達`).
    .replace(new RegExp(`(${cjkChar}${tag}) (?=${tag}\\S)|(?<=[^\\s.,!?:])(${tag}) (?=${tag}${cjkChar})`, 'gu'), '$1$2')
    .replace(/<\/mark><mark>/gu, '');
}
