import type { RootContent } from 'mdast';
import type { RuleContext } from '../types.js';
import { isMarkerText } from './markers.js';
import { normalizeForCompare, plainText } from './text.js';

/** One top-level block of a post body (paragraph, heading, list, table, …) with its compared text. */
export interface Block {
  node: RootContent;
  /** Position among top-level blocks. */
  index: number;
  /** Plain text, NFKC, whitespace removed: what two blocks are compared on. */
  text: string;
  startLine: number;
  endLine: number;
  /** File offsets of the block's source. */
  start: number;
  end: number;
  /** True for a generation marker line such as `---END---`. */
  marker: boolean;
}

const cache = new WeakMap<RuleContext, Block[]>();

/** The body's top-level blocks in order (definitions and raw HTML left out), computed once per post. */
export function topLevelBlocks(ctx: RuleContext): Block[] {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const blocks: Block[] = [];
  for (const node of ctx.tree.children) {
    const p = node.position;
    if (!p || node.type === 'definition' || node.type === 'html' || node.type === 'yaml') continue;
    const start = p.start.offset ?? 0;
    const end = p.end.offset ?? start;
    blocks.push({
      node,
      index: blocks.length,
      text: normalizeForCompare(plainText(node)),
      startLine: p.start.line,
      endLine: p.end.line,
      start,
      end,
      marker: node.type === 'paragraph' && isMarkerText(ctx.source.slice(start, end)),
    });
  }
  cache.set(ctx, blocks);
  return blocks;
}

/** `line 12` or `lines 12–15`. */
export function lineRange(from: number, to: number): string {
  return from === to ? `line ${from}` : `lines ${from}–${to}`;
}
