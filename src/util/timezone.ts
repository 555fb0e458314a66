/** Wall-clock fields of an instant in some time zone. */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One cached formatter per zone: creating Intl formatters is slow and this sits on the hot path. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when `timeZone` is an IANA zone this Node knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Wall-clock fields straight from Intl: exact, but slow enough to matter on the page hot path. */
function intlParts(date: Date, timeZone: string): ZonedParts {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(date)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

// Zone offsets by 15-minute bucket (every offset change falls on one); bounded, cleared when full.
const QUARTER_HOUR = 15 * 60 * 1000;
const offsetCache = new Map<string, number>();

function bucketOffsetMs(time: number, timeZone: string): number {
  const bucket = Math.floor(time / QUARTER_HOUR);
  const key = `${timeZone}\0${bucket}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    const at = new Date(bucket * QUARTER_HOUR);
    const p = intlParts(at, timeZone);
    offset = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - at.getTime();
    if (offsetCache.size > 100_000) offsetCache.clear();
    offsetCache.set(key, offset);
  }
  return offset;
}

/** The wall-clock date and time of `date` in `timeZone`, independent of the machine's TZ. */
export function zonedParts(date: Date, timeZone: string): ZonedParts {
  const t = date.getTime();
  if (!Number.isFinite(t)) return intlParts(date, timeZone);
  const shifted = new Date(t + bucketOffsetMs(t, timeZone));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/** Offset of `timeZone` from UTC at `date`, in minutes (Tokyo: 540). */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

/** The instant at which the wall clock in `timeZone` shows the given fields (DST gaps resolve forward). */
export function zonedTimeToInstant(parts: ZonedParts, timeZone: string): Date {
  const guess = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  // Two passes settle the offset even across a DST change.
  let instant = guess - zoneOffsetMinutes(new Date(guess), timeZone) * 60000;
  instant = guess - zoneOffsetMinutes(new Date(instant), timeZone) * 60000;
  return new Date(instant);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `+09:00`-style offset of `timeZone` at `date`. */
export function formatOffset(date: Date, timeZone: string): string {
  const minutes = zoneOffsetMinutes(date, timeZone);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** ISO 8601 with the zone's offset, e.g. `2026-02-14T02:08:43+09:00`. */
export function isoInZone(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${formatOffset(date, timeZone)}`;
}

/** Japanese long date, e.g. `2025年12月2日`. */
export function japaneseDate(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${p.year}年${p.month}月${p.day}日`;
}
