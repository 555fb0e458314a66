import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { phraseBoundaries } from './budoux.js';

// Subtrees whose text must never get a break: code, preformatted text, machine output, embedded languages.
const OPAQUE = new Set(['pre', 'code', 'kbd', 'samp', 'script', 'style', 'svg', 'math', 'textarea', 'var', 'wbr', 'br']);
// Inline elements whose text belongs to the surrounding sentence, so a phrase may span them.
const PHRASING = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'mark', 'q', 'rp', 'rt', 'ruby', 's',
  'small', 'span', 'strong', 'sub', 'sup', 'time', 'u',
]);
const URL_LIKE = /^(?:[a-z][a-z0-9+.-]*:|www\.)\S*$/i;

interface Piece {
  node: Text;
  start: number;
}

const wbr = (): Element => ({ type: 'element', tagName: 'wbr', properties: {}, children: [] });

/** True for links whose visible text is itself a URL: a break inside would corrupt it when copied. */
function isUrlLink(el: Element): boolean {
  if (el.tagName !== 'a') return false;
  const text = el.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
  return URL_LIKE.test(text.trim());
}

/**
 * Inserts `<wbr>` between BudouX phrases so Japanese lines wrap between phrases, not inside
 * words. Boundaries are computed over the whole inline content of each block, so a phrase
 * that spans `<strong>` or a link stays together. Never inside code, pre, kbd, samp, svg,
 * math, URLs or Latin words.
 */
export function insertPhraseBreaks(tree: Root | Element): void {
  const replacements = new Map<Text, ElementContent[]>();
  const parentOf = new Map<Text, Root | Element>();
  let run: Piece[] = [];
  let runText = '';

  const flush = () => {
    if (run.length > 0) breakRun(run, runText, replacements);
    run = [];
    runText = '';
  };

  const walkInline = (node: RootContent | ElementContent, parent: Root | Element) => {
    if (node.type === 'text') {
      run.push({ node, start: runText.length });
      runText += node.value;
      parentOf.set(node, parent);
    } else if (node.type === 'element') {
      if (OPAQUE.has(node.tagName) || isUrlLink(node)) flush();
      else if (PHRASING.has(node.tagName)) for (const c of node.children) walkInline(c, node);
      else {
        flush();
        walkBlock(node);
      }
    }
  };
  const walkBlock = (node: Root | Element) => {
    if (node.type === 'element' && OPAQUE.has(node.tagName)) return;
    for (const child of node.children) walkInline(child, node);
    flush();
  };

  walkBlock(tree);
  const parents = new Set([...replacements.keys()].map((text) => parentOf.get(text) as Root | Element));
  for (const parent of parents) {
    parent.children = parent.children.flatMap((c) => (c.type === 'text' && replacements.get(c)) || [c]) as typeof parent.children;
  }
}

/** Splits the text nodes of one inline run at the run's phrase boundaries. */
function breakRun(run: Piece[], text: string, replacements: Map<Text, ElementContent[]>): void {
  const boundaries = phraseBoundaries(text);
  if (boundaries.length === 0) return;
  let b = 0;
  for (const { node, start } of run) {
    const end = start + node.value.length;
    const cuts: number[] = [];
    // A boundary exactly at a node's start goes in front of that node; one inside splits it.
    while (b < boundaries.length && (boundaries[b] as number) < end) {
      const at = boundaries[b] as number;
      if (at >= start) cuts.push(at - start);
      b++;
    }
    if (cuts.length === 0) continue;
    const out: ElementContent[] = [];
    let from = 0;
    for (const cut of cuts) {
      if (cut > from) out.push({ type: 'text', value: node.value.slice(from, cut) });
      out.push(wbr());
      from = cut;
    }
    out.push({ type: 'text', value: node.value.slice(from) });
    replacements.set(node, out);
  }
}

/** The rehype plugin form of `insertPhraseBreaks`. */
export default function rehypeBudoux() {
  return (tree: Root) => insertPhraseBreaks(tree);
}
