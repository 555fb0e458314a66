import { zonedParts } from '../../util/timezone.js';
import { frontMatterPosition } from '../util/front-matter.js';
import type { Rule } from '../types.js';

const NAME_DATE = /^(\d{4})-(\d{2})-(\d{2})-/;
const pad = (n: number) => String(n).padStart(2, '0');

/** A file name date (`2025-12-02-…`) that is not the front matter date's day in the site time zone. */
export const fileDateMismatch: Rule = {
  id: 'file-date-mismatch',
  description: "The file name's date differs from the front matter `date` taken as a day in the site time zone.",
  defaultLevel: 'warning',
  check(ctx) {
    const m = NAME_DATE.exec(ctx.post.fileName);
    const raw = ctx.post.data.date;
    if (!m || raw === undefined || raw === null) return [];
    const zone = ctx.site.config.timezone;
    const p = zonedParts(ctx.post.date, zone);
    const day = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
    const named = `${m[1]}-${m[2]}-${m[3]}`;
    if (day === named) return [];
    return [
      {
        position: frontMatterPosition(ctx, 'date'),
        message: `The file name says ${named} but the date "${String(raw).trim()}" is ${day} in ${zone}, and the URL uses ${day}`,
        note: `Rename the file to ${day}-${ctx.post.fileName.slice(11)}, or correct the date (give its offset, e.g. +0900).`,
      },
    ];
  },
};
