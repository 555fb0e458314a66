import { nodesOf } from './nodes.js';
import type { RuleContext } from '../types.js';

/** File offset ranges `[start, end)` of code blocks and inline code, where nothing is prose. */
export interface CodeRanges {
  /** True when the offset lies inside code. */
  contains(offset: number): boolean;
  /** True when line `n` of the file lies inside a code block. */
  containsLine(line: number): boolean;
}

const cache = new WeakMap<RuleContext, CodeRanges>();

/** Code ranges of one post, computed once and shared by the rules that scan raw text. */
export function codeRanges(ctx: RuleContext): CodeRanges {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const ranges: Array<[number, number]> = [];
  const lines = new Set<number>();
  for (const node of nodesOf(ctx.tree, 'code', 'inlineCode')) {
    if (!node.position) continue;
    ranges.push([node.position.start.offset ?? 0, node.position.end.offset ?? 0]);
    if (node.type === 'code') for (let l = node.position.start.line; l <= node.position.end.line; l++) lines.add(l);
  }
  const result: CodeRanges = {
    contains: (offset) => ranges.some(([s, e]) => offset >= s && offset < e),
    containsLine: (line) => lines.has(line),
  };
  cache.set(ctx, result);
  return result;
}
