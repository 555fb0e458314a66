import { describe, expect, it } from 'vitest';
import { formatOffset, isoInZone, japaneseDate, zonedParts, zonedTimeToInstant } from '../../src/util/timezone.js';

describe('timezone helpers', () => {
  const instant = new Date('2026-02-13T17:08:43Z');

  it('gives the wall clock of the site zone whatever the machine zone', () => {
    expect(process.env.TZ).toBe('UTC');
    expect(zonedParts(instant, 'Asia/Tokyo')).toEqual({ year: 2026, month: 2, day: 14, hour: 2, minute: 8, second: 43 });
  });

  it('writes ISO 8601 with the zone offset', () => {
    expect(isoInZone(instant, 'Asia/Tokyo')).toBe('2026-02-14T02:08:43+09:00');
    expect(formatOffset(instant, 'UTC')).toBe('+00:00');
    expect(formatOffset(new Date('2026-07-01T00:00:00Z'), 'America/New_York')).toBe('-04:00');
  });

  it('writes the Japanese long date without leading zeros', () => {
    expect(japaneseDate(new Date('2025-12-02T11:39:12Z'), 'Asia/Tokyo')).toBe('2025年12月2日');
    expect(japaneseDate(instant, 'Asia/Tokyo')).toBe('2026年2月14日');
  });

  it('turns wall time in a zone into the instant, across a DST change', () => {
    expect(zonedTimeToInstant({ year: 2026, month: 2, day: 14, hour: 2, minute: 8, second: 43 }, 'Asia/Tokyo').toISOString()).toBe('2026-02-13T17:08:43.000Z');
    expect(zonedTimeToInstant({ year: 2026, month: 7, day: 1, hour: 12, minute: 0, second: 0 }, 'America/New_York').toISOString()).toBe('2026-07-01T16:00:00.000Z');
  });
});
