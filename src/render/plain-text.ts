import type { Element, ElementContent, Root, RootContent } from 'hast';

// Blocks whose text is one paragraph of plain text; containers are walked into instead.
const TEXT_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'th', 'td', 'pre', 'figcaption', 'caption']);
const SKIP = new Set(['script', 'style', 'template', 'svg', 'math', 'sup']);

function textOf(node: RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' || SKIP.has(node.tagName) || node.tagName === 'wbr') return '';
  if (node.tagName === 'br') return ' ';
  return node.children.map(textOf).join('');
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The body as plain paragraphs, for excerpts, reading time, related posts and search.
 * Footnote markers (`<sup>`) and footnote sections are left out; list items and table cells
 * each become their own paragraph.
 */
export function plainParagraphs(tree: Root): string[] {
  const out: string[] = [];
  const walk = (nodes: Array<RootContent | ElementContent>) => {
    for (const node of nodes) {
      if (node.type !== 'element') {
        if (node.type === 'text' && node.value.trim()) out.push(clean(node.value));
        continue;
      }
      if (SKIP.has(node.tagName) || isFootnotes(node)) continue;
      const hasBlockChild = node.children.some((c) => c.type === 'element' && (TEXT_BLOCKS.has(c.tagName) || c.tagName === 'ul' || c.tagName === 'ol'));
      if (TEXT_BLOCKS.has(node.tagName) && !hasBlockChild) {
        const text = clean(textOf(node));
        if (text) out.push(text);
      } else {
        walk(node.children);
      }
    }
  };
  walk(tree.children);
  return out;
}

function isFootnotes(node: Element): boolean {
  return node.tagName === 'section' && 'dataFootnotes' in node.properties;
}

/** The first paragraph (`<p>` at the top level) as plain text, or ''. */
export function firstParagraph(tree: Root): string {
  for (const node of tree.children) {
    if (node.type === 'element' && node.tagName === 'p') {
      const text = clean(textOf(node));
      if (text) return text;
    }
  }
  return '';
}
