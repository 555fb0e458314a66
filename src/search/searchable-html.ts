import { normalizeText, wordBreaks } from './client/text.js';

/**
 * What the indexer reads of a page: the same HTML with every `<wbr>` removed (BudouX phrase
 * breaks must not cut words) and each text between tags NFKC-normalised and split into words
 * with spaces, by the rules the search page applies to queries (./client/text.js): `ＡＩ`,
 * `ｵｰﾌﾟﾝ` and `①` are indexed as `AI`, `オープン` and `1`, and `生成AIの` as `生成 AI の`.
 *
 * Each block that ends in a letter gets a closing `。` of its own, which the index counts as a
 * word, so no phrase can run from one heading or list item into the next.
 *
 * Attribute values are left alone: the `title:` and `tag:` literals of `data-pagefind-meta` and
 * `data-pagefind-filter` keep the spelling readers see on the site.
 */
export function searchableHtml(html: string): string {
  const out: string[] = [];
  // Text nodes joined only by inline tags (`影<span class="nb">響：見</span>過ごせない`) are one
  // text to the segmenter; their slots in `out` get the spaces that fall inside them.
  let group: Array<{ slot: number; text: string }> = [];
  let lastChar = '';
  const flush = () => {
    const plain = group.map((g) => g.text).join('');
    if (!plain) return;
    const breaks = wordBreaks(plain);
    // Across a block or other tag, a Japanese word still ends: the indexer may join the texts.
    if (CJK.test(lastChar) || CJK.test(plain.charAt(0))) breaks.unshift(0);
    let start = 0;
    for (const { slot, text } of group) {
      const end = start + text.length;
      let spaced = '';
      let from = start;
      for (const at of breaks) {
        // A break between two text nodes opens the later one.
        if (at < start || at >= end) continue;
        spaced += plain.slice(from, at) + ' ';
        from = at;
      }
      out[slot] = spaced + plain.slice(from, end);
      start = end;
    }
    const visible = plain.trimEnd();
    if (visible) lastChar = visible.charAt(visible.length - 1);
    group = [];
  };
  // `<wbr>` goes first, so each sentence reaches the segmenter whole rather than phrase by phrase.
  for (const token of html.replace(WBR, '').matchAll(TOKEN)) {
    const tag = token[1];
    if (tag === undefined) {
      group.push({ slot: out.length, text: normalizeText(token[0]) });
      out.push('');
    } else if (INLINE.test(tag)) {
      out.push(tag);
    } else {
      flush();
      if (BLOCK_END.test(tag) && LETTER_OR_DIGIT.test(lastChar)) {
        // A word of its own at the end of a block: the last word of one list item or heading
        // and the first of the next are never side by side (`画像生成` + `AI` is not `生成AI`).
        out.push(' 。');
        lastChar = '。';
      }
      out.push(tag);
    }
  }
  flush();
  return out.join('');
}

// A comment, a raw-text element whole (its contents are not text), a tag with quoted
// attributes (which may hold `>`), or a run of text.
const TOKEN = /(<!--[\s\S]*?-->|<(?:script|style)\b[\s\S]*?<\/(?:script|style)\s*>|<\/?[A-Za-z][^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>)|[^<]+|</g;
const WBR = /<wbr\s*\/?>/gi;
const INLINE = /^<\/?(?:a|abbr|b|bdi|bdo|cite|code|data|del|dfn|em|i|ins|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var)\b/i;
const BLOCK_END = /^<\/(?:h[1-6]|p|li|dt|dd|td|th|div|ul|ol|dl|blockquote|figcaption|pre|section|article|header|footer|nav|main|aside)\s*>$/i;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CJK = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uffef]/u;
