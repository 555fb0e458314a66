import { graphemes } from './graphemes.js';
import type { Measure } from './layout-title.js';

/**
 * `text` as is when it fits in `maxWidth` (em units, i.e. px ÷ font size), otherwise cut at a
 * character boundary and ended with an ellipsis. For the card's short one-line texts; the
 * title has its own phrase-aware layout.
 */
export function fitText(text: string, maxWidth: number, measure: Measure): string {
  if (measure(text) <= maxWidth) return text;
  const chars = graphemes(text);
  const room = maxWidth - measure('…');
  // Binary search for the longest prefix that fits: widths grow with length.
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(chars.slice(0, mid).join('')) <= room) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}
