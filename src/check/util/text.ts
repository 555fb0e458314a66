import type { Nodes } from 'mdast';

/**
 * The text a reader sees in an mdast node: text, inline code and image alt; raw HTML left out.
 * Blocks are separated by a newline.
 */
export function plainText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      return node.value;
    case 'image':
      return node.alt ?? '';
    case 'break':
      return '\n';
    case 'html':
    case 'definition':
    case 'footnoteDefinition':
    case 'footnoteReference':
    case 'yaml':
      return '';
    default: {
      if (!('children' in node)) return '';
      const parts = (node.children as Nodes[]).map(plainText);
      const block = node.type === 'root' || node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote' || node.type === 'table' || node.type === 'tableRow';
      return parts.join(block ? '\n' : '');
    }
  }
}

/** Text for comparing blocks: NFKC (full-width ASCII folded) with every whitespace removed. */
export function normalizeForCompare(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Counts full-width (Japanese) characters and all other characters of a text. */
export function countWidths(text: string): { wide: number; narrow: number } {
  let wide = 0;
  let narrow = 0;
  for (const ch of text) {
    if (WIDE.test(ch)) wide++;
    else narrow++;
  }
  return { wide, narrow };
}

/** Full-width Latin letters and digits (`ＡＩ`, `５`), which break search and look odd in Japanese text. */
export const FULLWIDTH_ALNUM = /[Ａ-Ｚａ-ｚ０-９]/g;

/** Folds full-width Latin letters and digits to ASCII; leaves Japanese punctuation such as `！（）` alone. */
export function foldFullwidthAlnum(text: string): string {
  return text.replace(FULLWIDTH_ALNUM, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** The last `n` characters of a text, with `…` in front when cut, for quoting in messages. */
export function tail(text: string, n = 15): string {
  const chars = [...text.trim()];
  return chars.length > n ? `…${chars.slice(-n).join('')}` : chars.join('');
}

/** The first `n` characters of a text, with `…` behind when cut. */
export function head(text: string, n = 20): string {
  const chars = [...text.trim().replace(/\s+/g, ' ')];
  return chars.length > n ? `${chars.slice(0, n).join('')}…` : chars.join('');
}

/** `lines 3, 5, 9, … (12 in all)`-style list of line numbers for messages. */
export function lineList(lines: readonly number[], max = 8): string {
  const unique = [...new Set(lines)].sort((a, b) => a - b);
  const shown = unique.slice(0, max).join(', ');
  if (unique.length === 1) return `line ${shown}`;
  return unique.length > max ? `lines ${shown}, … (${unique.length} lines)` : `lines ${shown}`;
}

/** Cells of a line split on tabs, or 0 when the line has no tab between two pieces of text. */
export function tabCells(line: string): number {
  if (!/\S\t+\S/.test(line)) return 0;
  return line.trim().split(/\t+/).length;
}
