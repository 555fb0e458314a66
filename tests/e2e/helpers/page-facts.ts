/**
 * Functions run inside the page (page.evaluate): they see only the DOM, so they import nothing
 * and use no closure variables.
 */

/** Horizontal overflow and the elements that stick out past the viewport. */
export interface OverflowFact {
  scrollWidth: number;
  innerWidth: number;
  /** The innermost elements reaching past the right edge, as `tag.class` paths. */
  culprits: string[];
}

/** Measures overflow: `document.documentElement.scrollWidth <= innerWidth` is the rule. */
export function measureOverflow(): OverflowFact {
  const innerWidth = window.innerWidth;
  const describe = (el: Element) => {
    const parts: string[] = [];
    for (let e: Element | null = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
      parts.unshift(e.tagName.toLowerCase() + (e.classList.length ? `.${[...e.classList].join('.')}` : ''));
    }
    return `${parts.join(' > ')} (right ${Math.round(el.getBoundingClientRect().right)}px)`;
  };
  const wide = [...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5);
  // Keep the innermost: an element whose children all fit is the one to fix.
  const culprits = wide.filter((el) => !wide.some((other) => other !== el && el.contains(other))).slice(0, 5).map(describe);
  return { scrollWidth: document.documentElement.scrollWidth, innerWidth, culprits };
}

/** A line break inside a BudouX phrase. */
export interface PhraseBreak {
  /** The title it happened in. */
  title: string;
  /** The word (phrase, or a space-separated part of one) that was split. */
  word: string;
  lines: number;
}

/**
 * Finds line breaks inside BudouX phrases of the elements matching `selector`. The text between
 * two `<wbr>`s is one phrase, whatever inline elements it spans; it may break only at its
 * spaces, so each space-separated run of a phrase is measured with a Range: its client rects
 * must sit on one line box. A run wider than the element may wrap (overflow-wrap: anywhere
 * rescues it), so it is not counted.
 */
export function findPhraseBreaks(selector: string): PhraseBreak[] {
  const found: PhraseBreak[] = [];
  for (const el of document.querySelectorAll(selector)) {
    const width = el.getBoundingClientRect().width;
    // Words: runs of non-space characters that no <wbr> interrupts, as (node, offset) pairs.
    const words: Array<Array<{ node: Node; offset: number }>> = [];
    let word: Array<{ node: Node; offset: number }> = [];
    const endWord = () => {
      if (word.length > 0) words.push(word);
      word = [];
    };
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        if ((node as Element).tagName === 'WBR') endWord();
        continue;
      }
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        if (/\s/.test(text[i] as string)) endWord();
        else word.push({ node, offset: i });
      }
    }
    endWord();
    for (const chars of words) {
      const first = chars[0] as (typeof chars)[number];
      const last = chars[chars.length - 1] as (typeof chars)[number];
      const range = document.createRange();
      range.setStart(first.node, first.offset);
      range.setEnd(last.node, last.offset + 1);
      // Text rects only (a range also returns the boxes of elements it contains), grouped into line boxes.
      const rects = chars
        .map(({ node, offset }) => {
          const r = document.createRange();
          r.setStart(node, offset);
          r.setEnd(node, offset + 1);
          return r.getClientRects()[0];
        })
        .filter((r): r is DOMRect => r !== undefined && r.width > 0);
      const lines: Array<{ middle: number; left: number; right: number }> = [];
      for (const r of rects) {
        const middle = r.top + r.height / 2;
        const line = lines.find((l) => Math.abs(l.middle - middle) <= r.height / 2);
        if (line) {
          line.left = Math.min(line.left, r.left);
          line.right = Math.max(line.right, r.right);
        } else lines.push({ middle, left: r.left, right: r.right });
      }
      const naturalWidth = lines.reduce((sum, l) => sum + (l.right - l.left), 0);
      if (lines.length > 1 && naturalWidth <= width) found.push({ title: el.textContent?.trim() ?? '', word: range.toString(), lines: lines.length });
    }
  }
  return found;
}

/** Absolute URLs of the links in the site header, the site footer and the main content. */
export function navigationLinks(): string[] {
  return [...document.querySelectorAll<HTMLAnchorElement>('header.site-header a[href], footer.site-footer a[href], main a[href]')].map((a) => a.href);
}

/** A line of a title that starts or ends where Japanese typesetting forbids (禁則). */
export interface KinsokuBreak {
  title: string;
  /** The characters around the break: `…end of line | start of next…`. */
  at: string;
}

/**
 * Finds lines of the elements matching `selector` that start with closing punctuation, a
 * middle dot, a prolonged sound mark or a small kana (行頭禁則), or end with an opening
 * bracket (行末禁則). Phrase boundaries must not make such breaks possible.
 */
export function findKinsokuBreaks(selector: string): KinsokuBreak[] {
  const noStart = /[)\]}、。，．,.・：；:;？！?!ー〜…‥」』）】〕〉》ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ]/u;
  const noEnd = /[([{「『（【〔〈《]/u;
  const found: KinsokuBreak[] = [];
  for (const el of document.querySelectorAll(selector)) {
    const chars: Array<{ c: string; middle: number; height: number }> = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        const c = text[i] as string;
        // Invisible joiners and spaces carry no position worth checking.
        if (/[\s\u2060\u200b]/u.test(c) || (c.charCodeAt(0) >= 0xdc00 && c.charCodeAt(0) <= 0xdfff)) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, Math.min(text.length, i + (c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdbff ? 2 : 1)));
        const rect = range.getClientRects()[0];
        if (rect && rect.width > 0) chars.push({ c, middle: rect.top + rect.height / 2, height: rect.height });
      }
    }
    for (let i = 1; i < chars.length; i++) {
      const prev = chars[i - 1] as (typeof chars)[number];
      const cur = chars[i] as (typeof chars)[number];
      if (cur.middle - prev.middle <= cur.height / 2) continue;
      if (noStart.test(cur.c) || noEnd.test(prev.c)) {
        const around = (from: number, to: number) => chars.slice(Math.max(0, from), to).map((x) => x.c).join('');
        found.push({ title: el.textContent?.trim() ?? '', at: `${around(i - 4, i)} | ${around(i, i + 4)}` });
      }
    }
  }
  return found;
}
