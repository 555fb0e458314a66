import { tabCells } from '../util/text.js';
import type { Finding, Rule } from '../types.js';
import { nodesOf } from '../util/nodes.js';

/** Two or more tab-separated lines in a paragraph: a table pasted from a spreadsheet, shown as one run-on paragraph. */
export const tabTable: Rule = {
  id: 'tab-table',
  description: 'Tab-separated lines that look like a table but render as one run-on paragraph.',
  defaultLevel: 'warning',
  check(ctx) {
    const findings: Finding[] = [];
    for (const node of nodesOf(ctx.tree, 'paragraph')) {
      const p = node.position;
      if (!p) continue;
      let runStart = 0;
      let runCells = 0;
      const flush = (end: number) => {
        const count = end - runStart;
        if (runStart && count >= 2) {
          const first = ctx.lines[runStart - 1] ?? '';
          findings.push({
            position: { line: runStart, column: first.length - first.trimStart().length + 1 },
            message: `${count} tab-separated lines (${runStart}–${end - 1}, ${runCells} columns) look like a table but will show as one run-on paragraph`,
            note: 'Rewrite them as a Markdown table: "| a | b |" rows with a "| --- | --- |" line under the header row.',
          });
        }
        runStart = 0;
        runCells = 0;
      };
      for (let line = p.start.line; line <= p.end.line; line++) {
        const cells = tabCells(ctx.lines[line - 1] ?? '');
        if (cells >= 2) {
          if (!runStart) runStart = line;
          runCells = Math.max(runCells, cells);
        } else flush(line);
      }
      flush(p.end.line + 1);
    }
    return findings;
  },
};
