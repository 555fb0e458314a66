import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/load/parse-date.js';

const TOKYO = 'Asia/Tokyo';

/** The instant a date string parses to, as UTC ISO, or the reason it was refused. */
function parsed(value: string, timeZone = TOKYO): string {
  const r = parseDate(value, timeZone);
  return r.ok ? r.date.toISOString() : `refused: ${r.reason}`;
}

describe('parseDate', () => {
  it('reads Jekyll dates with a +0000 offset', () => {
    expect(parsed('2025-12-02 20:39:12 +0000')).toBe('2025-12-02T20:39:12.000Z');
  });

  it('reads offsets written +0900 and +09:00 alike', () => {
    expect(parsed('2025-12-02 20:39:12 +0900')).toBe('2025-12-02T11:39:12.000Z');
    expect(parsed('2025-12-02 20:39:12 +09:00')).toBe('2025-12-02T11:39:12.000Z');
  });

  it('reads negative offsets', () => {
    expect(parsed('2025-12-02 20:39:12 -05:00')).toBe('2025-12-03T01:39:12.000Z');
  });

  it('reads ISO 8601 with T and Z', () => {
    expect(parsed('2025-12-02T11:39:12Z')).toBe('2025-12-02T11:39:12.000Z');
    expect(parsed('2025-12-02T20:39:12+09:00')).toBe('2025-12-02T11:39:12.000Z');
  });

  it('reads a date without a time as midnight in the site time zone, not in UTC', () => {
    expect(parsed('2025-12-02')).toBe('2025-12-01T15:00:00.000Z');
    expect(parsed('2025-12-02', 'UTC')).toBe('2025-12-02T00:00:00.000Z');
  });

  it('reads a time without an offset as wall time in the site time zone', () => {
    expect(parsed('2025-12-02 20:39:12')).toBe('2025-12-02T11:39:12.000Z');
    expect(parsed('2025-12-02 20:39')).toBe('2025-12-02T11:39:00.000Z');
  });

  it('keeps fractional seconds', () => {
    expect(parsed('2025-12-02T20:39:12.345+09:00')).toBe('2025-12-02T11:39:12.345Z');
    expect(parsed('2025-12-02 20:39:12.5')).toBe('2025-12-02T11:39:12.500Z');
  });

  it('accepts 29 February in a leap year', () => {
    expect(parsed('2024-02-29')).toBe('2024-02-28T15:00:00.000Z');
  });

  it('refuses a month that does not exist instead of rolling over', () => {
    expect(parsed('2025-13-45')).toMatch(/^refused: month 13 does not exist/);
  });

  it('refuses a day that does not exist in its month instead of rolling over to March', () => {
    expect(parsed('2025-02-30')).toMatch(/^refused: day 30 does not exist in 2025-02/);
    expect(parsed('2025-02-29')).toMatch(/^refused: day 29/);
  });

  it('refuses 24:00 and other impossible times of day', () => {
    expect(parsed('2025-12-02 24:00')).toMatch(/^refused: time of day is out of range/);
    expect(parsed('2025-12-02 24:00:00 +0900')).toMatch(/^refused: time of day/);
    expect(parsed('2025-12-02 12:60:00')).toMatch(/^refused: time of day/);
  });

  it('refuses text that is not a date', () => {
    expect(parsed('December 2, 2025')).toMatch(/^refused: .* is not a date in a known format/);
    expect(parsed('')).toMatch(/^refused/);
  });
});
