import { zonedTimeToInstant } from '../util/timezone.js';

/** A parsed date, or why it could not be parsed. */
export type DateResult = { ok: true; date: Date } | { ok: false; reason: string };

// YYYY-MM-DD, then optional time (T or spaces), optional fraction, optional offset (Z, ±HH, ±HHMM, ±HH:MM).
const DATE_RE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Parses the date formats Jekyll posts use: `2025-12-02 20:39:12 +0000`, `±HH:MM`, ISO 8601,
 * and date-only or offset-less values, which are read as wall time in `timeZone`.
 * Impossible dates (`2025-13-45`, `2025-02-30`, `25:00`) are rejected, never rolled over.
 */
export function parseDate(value: string, timeZone: string): DateResult {
  const m = DATE_RE.exec(value.trim());
  if (!m) {
    return { ok: false, reason: `"${value}" is not a date in a known format` };
  }
  const [, y, mo, d, h, mi, s, frac, offset] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h ?? 0);
  const minute = Number(mi ?? 0);
  const second = Number(s ?? 0);
  const ms = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
  if (month < 1 || month > 12) return { ok: false, reason: `month ${month} does not exist in "${value}"` };
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: `day ${day} does not exist in ${year}-${String(month).padStart(2, '0')} ("${value}")` };
  }
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, reason: `time of day is out of range in "${value}"` };

  if (!offset) {
    const instant = zonedTimeToInstant({ year, month, day, hour, minute, second }, timeZone);
    return { ok: true, date: new Date(instant.getTime() + ms) };
  }
  let offsetMinutes = 0;
  if (offset.toUpperCase() !== 'Z') {
    const digits = offset.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = Number(digits.slice(2) || 0);
    if (oh > 14 || om > 59) return { ok: false, reason: `offset ${offset} is out of range in "${value}"` };
    offsetMinutes = (offset.startsWith('-') ? -1 : 1) * (oh * 60 + om);
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMinutes * 60000;
  return { ok: true, date: new Date(utc) };
}
