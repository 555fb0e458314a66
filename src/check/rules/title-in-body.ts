import { topLevelBlocks } from '../util/blocks.js';
import { normalizeForCompare } from '../util/text.js';
import type { Rule } from '../types.js';

/** A body whose first block repeats the front matter title, so the page shows the title twice. */
export const titleInBody: Rule = {
  id: 'title-in-body',
  description: 'The body starts with the front matter title again (the page already shows it as the heading).',
  defaultLevel: 'warning',
  check(ctx) {
    const title = ctx.post.data.title;
    if (typeof title !== 'string' && typeof title !== 'number') return [];
    const first = topLevelBlocks(ctx)[0];
    const wanted = normalizeForCompare(String(title));
    if (!first || !wanted || first.text !== wanted) return [];
    return [
      {
        position: { line: first.startLine, column: first.node.position?.start.column ?? 1 },
        message: `The body starts by repeating the title "${String(title).trim()}"`,
        note: 'Delete this line: the page template already prints the title as the heading.',
      },
    ];
  },
};
