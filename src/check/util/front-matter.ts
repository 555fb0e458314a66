import { keyPosition } from '../../load/key-position.js';
import type { Position } from '../../report/diagnostic.js';
import type { RuleContext } from '../types.js';

/** Lines `[first, last]` (1-based) that hold a top-level front matter key and its value, or null. */
export function keyLines(ctx: RuleContext, key: string): [number, number] | null {
  if (!ctx.hasFrontMatter) return null;
  const end = ctx.post.bodyLine - 1;
  for (let line = 2; line < end; line++) {
    const text = ctx.lines[line - 1] ?? '';
    if (text === '---') return null;
    const m = /^([A-Za-z_][\w-]*)\s*:/.exec(text);
    if (!m || m[1] !== key) continue;
    let last = line;
    // Block lists and folded values continue on indented lines (or "- item" lines under the key).
    while (last + 1 < end && /^(?:\s+\S|-\s)/.test(ctx.lines[last] ?? '')) last++;
    return [line, last];
  }
  return null;
}

/**
 * Where a front matter key's value starts; with `needle`, where that text first occurs in the
 * key's lines. Line 1 column 1 when the file has no front matter (the title was taken from the body).
 */
export function frontMatterPosition(ctx: RuleContext, key: string, needle?: string): Position {
  if (!ctx.hasFrontMatter) {
    // Without front matter the title is the line just above the body.
    return key === 'title' && ctx.post.bodyLine > 1 ? { line: ctx.post.bodyLine - 1, column: 1 } : { line: 1, column: 1 };
  }
  const lines = needle ? keyLines(ctx, key) : null;
  if (lines && needle) {
    for (let line = lines[0]; line <= lines[1]; line++) {
      const at = (ctx.lines[line - 1] ?? '').indexOf(needle);
      if (at >= 0) return { line, column: at + 1 };
    }
  }
  return keyPosition(ctx.source, key, ctx.post.bodyLine);
}
