import { countWidths } from '../util/text.js';
import { frontMatterPosition } from '../util/front-matter.js';
import type { Finding, Rule } from '../types.js';

// Search results cut meta descriptions at about 120 full-width or 160 half-width characters.
const MAX_WIDE = 120;
const MAX_TOTAL = 160;

/** `excerpt` or `description` too long to show whole as a meta description. */
export const descriptionLength: Rule = {
  id: 'description-length',
  description: 'An `excerpt` or `description` longer than a meta description shows (~120 Japanese or 160 characters in all).',
  defaultLevel: 'warning',
  check(ctx) {
    const findings: Finding[] = [];
    for (const key of ['excerpt', 'description'] as const) {
      const value = ctx.post.data[key];
      if (typeof value !== 'string') continue;
      const text = value.trim();
      const { wide, narrow } = countWidths(text);
      // A mixed text counts a half-width character as 3/4 of a Japanese one: 120 wide = 160 narrow.
      const size = wide + narrow * (MAX_WIDE / MAX_TOTAL);
      if (size <= MAX_WIDE) continue;
      findings.push({
        position: frontMatterPosition(ctx, key),
        message: `"${key}" is ${[...text].length} characters (${wide} Japanese); search results cut it after about ${MAX_WIDE} Japanese or ${MAX_TOTAL} half-width characters`,
        note: `Shorten "${key}" to one or two sentences of at most ${MAX_WIDE} Japanese characters.`,
      });
    }
    return findings;
  },
};
