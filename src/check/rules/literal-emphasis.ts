import type { Finding, Rule } from '../types.js';
import { nodesOf } from '../util/nodes.js';

// An unescaped `**` or `__` in the source of a text node: emphasis the parser could not pair.
const MARK = /(?<!\\)(\*\*|__)/g;

/** `**` left as literal asterisks after parsing (with CJK-friendly emphasis rules), usually a missing partner. */
export const literalEmphasis: Rule = {
  id: 'literal-emphasis',
  description: 'Emphasis markers (`**`, `__`) that stay literal text after parsing, usually a lost partner.',
  defaultLevel: 'warning',
  check(ctx) {
    const findings: Finding[] = [];
    for (const node of nodesOf(ctx.tree, 'text')) {
      if (!node.value.includes('**') && !node.value.includes('__')) continue;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) continue;
      const raw = ctx.source.slice(start, end);
      for (const m of raw.matchAll(MARK)) {
        const mark = m[1] ?? '**';
        // `__` inside a word (snake_case, __init__) is not emphasis anyway.
        if (mark === '__' && /\w/.test(raw[(m.index ?? 0) - 1] ?? '') && /\w/.test(raw[(m.index ?? 0) + 2] ?? '')) continue;
        findings.push({
          position: ctx.positionAt(start + (m.index ?? 0)),
          message: `"${mark}" shows as literal text: it has no matching "${mark}" to pair with`,
          note: `Add the missing "${mark}" (bold is "${mark}text${mark}") or delete it; to show the characters on purpose, escape them as "\\${mark[0]}\\${mark[0]}".`,
        });
      }
    }
    return findings;
  },
};
