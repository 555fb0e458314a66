import type { ResolvedConfig } from '../config/types.js';
import type { SourcePost } from '../load/types.js';
import { zonedParts } from '../util/timezone.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** Characters that cannot live in one path segment on disk or on a static host. */
function segmentSafe(value: string): string {
  return value.replace(/[/\\\u0000-\u001f]/g, '-');
}

/**
 * The decoded site path of a post from the permalink pattern (front matter `permalink` wins).
 * Placeholders as Jekyll has them: `:year :month :day :hour :minute :second :i_month :i_day
 * :short_year :slug :title :categories`; the date is the post's day in the site time zone.
 */
export function postPath(post: SourcePost, config: ResolvedConfig, categorySlugs: readonly string[]): string {
  const pattern = post.permalink ?? config.permalink;
  const d = zonedParts(post.date, config.timezone);
  const values: Record<string, string> = {
    year: String(d.year),
    short_year: String(d.year).slice(-2),
    month: pad(d.month),
    i_month: String(d.month),
    day: pad(d.day),
    i_day: String(d.day),
    hour: pad(d.hour),
    minute: pad(d.minute),
    second: pad(d.second),
    slug: segmentSafe(post.slug),
    title: segmentSafe(post.slug),
    categories: categorySlugs.map(segmentSafe).join('/'),
  };
  let path = pattern.replace(/:(short_year|i_month|i_day|year|month|day|hour|minute|second|slug|title|categories)/g, (_, k: string) => values[k] ?? '');
  path = ('/' + path).replace(/\/{2,}/g, '/');
  if (!/\.[a-z0-9]+$/i.test(path) && !path.endsWith('/')) path += '/';
  return path;
}
