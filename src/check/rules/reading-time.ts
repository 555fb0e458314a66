import { readingMinutes } from '../../render/reading-time.js';
import { frontMatterPosition } from '../util/front-matter.js';
import { plainText } from '../util/text.js';
import type { Rule } from '../types.js';

/** `reading_time` in the front matter far from what the text takes to read (off by over 50% and over 2 minutes). */
export const readingTime: Rule = {
  id: 'reading-time',
  description: '`reading_time` off by more than 50% and more than 2 minutes from the computed one (~500 Japanese characters + ~230 Latin words a minute).',
  defaultLevel: 'warning',
  check(ctx) {
    const stated = ctx.post.readingTime;
    if (stated === null) return [];
    const paragraphs = ctx.tree.children.filter((n) => n.type !== 'code' && n.type !== 'html').map(plainText);
    const computed = readingMinutes(paragraphs);
    const off = Math.abs(stated - computed);
    if (off <= computed * 0.5 || off <= 2) return [];
    return [
      {
        position: frontMatterPosition(ctx, 'reading_time'),
        message: `reading_time says ${stated} minutes but the text takes about ${computed} to read`,
        note: `Set "reading_time: ${computed}", or delete the key and let the build compute it.`,
      },
    ];
  },
};
