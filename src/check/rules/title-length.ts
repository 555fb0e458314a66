import { frontMatterPosition } from '../util/front-matter.js';
import type { Rule } from '../types.js';

// What fits on the Open Graph card in three lines at the card's title size.
const MAX = 60;

/** A title too long for the OG card (and for search result titles). */
export const titleLength: Rule = {
  id: 'title-length',
  description: `A title longer than ~${MAX} characters, which the OG card and search results cut.`,
  defaultLevel: 'warning',
  check(ctx) {
    const length = [...ctx.post.title].length;
    if (length <= MAX) return [];
    return [
      {
        position: frontMatterPosition(ctx, 'title'),
        message: `Title is ${length} characters; the OG card and search results show about ${MAX}`,
        note: `Shorten the title to ${MAX} characters or fewer; move details into the excerpt.`,
      },
    ];
  },
};
