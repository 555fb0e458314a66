import { zonedParts } from '../util/timezone.js';

/** Posts of one period (year, month or day), newest first. */
export interface ArchivePeriod {
  year: number;
  month: number | null;
  day: number | null;
  /** Decoded site path, e.g. `/2025/`, `/2025/12/`, `/2025/12/03/`. */
  path: string;
  posts: number[];
}

/** A year with its months, and each month with its days, newest first. */
export interface ArchiveYear extends ArchivePeriod {
  months: Array<ArchivePeriod & { days: ArchivePeriod[] }>;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Where date archives live: under the permalink's own date paths (`/:year/:month/:day/:slug/`
 * → `/2025/12/`), so a reader who trims a post URL lands on a list; `/archives/` otherwise.
 */
export function archiveBase(permalink: string): string {
  const at = permalink.indexOf(':year');
  const prefix = at >= 0 ? permalink.slice(0, at) : '';
  return at >= 0 && !prefix.includes(':') ? ('/' + prefix).replace(/\/{2,}/g, '/') : '/archives/';
}

/** Groups posts (given newest first) by year, month and day in the site time zone. */
export function collectArchives(dates: readonly Date[], timeZone: string, base: string): ArchiveYear[] {
  const years = new Map<number, ArchiveYear>();
  dates.forEach((date, index) => {
    const { year, month, day } = zonedParts(date, timeZone);
    let y = years.get(year);
    if (!y) {
      y = { year, month: null, day: null, path: `${base}${year}/`, posts: [], months: [] };
      years.set(year, y);
    }
    y.posts.push(index);
    let m = y.months.find((x) => x.month === month);
    if (!m) {
      m = { year, month, day: null, path: `${base}${year}/${pad(month)}/`, posts: [], days: [] };
      y.months.push(m);
    }
    m.posts.push(index);
    let d = m.days.find((x) => x.day === day);
    if (!d) {
      d = { year, month, day, path: `${base}${year}/${pad(month)}/${pad(day)}/`, posts: [] };
      m.days.push(d);
    }
    d.posts.push(index);
  });
  const out = [...years.values()].sort((a, b) => b.year - a.year);
  for (const y of out) {
    y.months.sort((a, b) => (b.month ?? 0) - (a.month ?? 0));
    for (const m of y.months) m.days.sort((a, b) => (b.day ?? 0) - (a.day ?? 0));
  }
  return out;
}
