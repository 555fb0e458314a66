import { describe, expect, it } from 'vitest';
import { archiveBase, collectArchives } from '../../src/collect/archives.js';

describe('archiveBase', () => {
  it('puts archives under the permalink’s own date path', () => {
    expect(archiveBase('/:year/:month/:day/:slug/')).toBe('/');
    expect(archiveBase('/news/:year/:month/:slug/')).toBe('/news/');
  });

  it('falls back to /archives/ when the permalink does not start with the date', () => {
    expect(archiveBase('/:categories/:year/:slug/')).toBe('/archives/');
    expect(archiveBase('/:slug/')).toBe('/archives/');
  });
});

describe('collectArchives', () => {
  const dates = [
    new Date('2026-02-13T17:08:43Z'), // 2026-02-14 in Tokyo
    new Date('2026-02-01T00:00:00Z'),
    new Date('2025-12-31T15:30:00Z'), // 2026-01-01 in Tokyo
    new Date('2025-12-02T11:39:12Z'),
  ];

  it('groups posts by year, month and day in the site time zone', () => {
    const years = collectArchives(dates, 'Asia/Tokyo', '/');
    expect(years.map((y) => [y.path, y.posts])).toEqual([
      ['/2026/', [0, 1, 2]],
      ['/2025/', [3]],
    ]);
    expect(years[0]?.months.map((m) => [m.path, m.posts])).toEqual([
      ['/2026/02/', [0, 1]],
      ['/2026/01/', [2]],
    ]);
    expect(years[0]?.months[0]?.days.map((d) => d.path)).toEqual(['/2026/02/14/', '/2026/02/01/']);
  });

  it('gives other days in another time zone', () => {
    const years = collectArchives(dates, 'UTC', '/archives/');
    expect(years.map((y) => y.path)).toEqual(['/archives/2026/', '/archives/2025/']);
    expect(years[0]?.months[0]?.days.map((d) => d.path)).toEqual(['/archives/2026/02/13/', '/archives/2026/02/01/']);
  });
});
