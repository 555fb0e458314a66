import type { Finding, Rule } from '../types.js';
import { nodesOf } from '../util/nodes.js';

const UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;

/** `---` or `===` directly under a paragraph line, which Markdown reads as a heading underline. */
export const setextHeading: Rule = {
  id: 'setext-heading',
  description: 'A `---` or `===` line right under a paragraph turns that paragraph into a heading.',
  defaultLevel: 'warning',
  check(ctx) {
    const findings: Finding[] = [];
    for (const node of nodesOf(ctx.tree, 'heading')) {
      const p = node.position;
      if (!p || p.start.line === p.end.line) continue;
      const underline = ctx.lines[p.end.line - 1] ?? '';
      const m = UNDERLINE.exec(underline);
      if (!m) continue;
      const mark = m[1] ?? '';
      const level = mark.startsWith('=') ? 1 : 2;
      findings.push({
        position: { line: p.end.line, column: underline.indexOf(mark) + 1 },
        message: `"${mark}" right under the text at line ${p.start.line} makes that text a level-${level} heading`,
        note:
          mark.startsWith('-')
            ? 'For a horizontal rule, put a blank line above "---"; for a heading, write "## " before the text and delete this line.'
            : 'Write "# " before the text for a heading and delete this line, or put a blank line above it.',
      });
    }
    return findings;
  },
};
