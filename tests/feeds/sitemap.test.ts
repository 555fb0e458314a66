import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../../src/build/index.js';
import { SITE_URL } from '../helpers/config.js';
import { buildSite, siteConfig, textOf } from '../helpers/site.js';
import { parseXml, type Sitemap } from '../helpers/xml.js';

describe.each(['/', '/blog/'])('sitemap and robots.txt of the fixture blog with basePath %s', (basePath) => {
  let result: BuildResult;
  const base = SITE_URL + basePath;
  const locs = () => parseXml<Sitemap>(textOf(result, 'sitemap.xml')).urlset.url;

  beforeAll(async () => {
    result = await buildSite(siteConfig({ basePath }));
  });

  it('lists every HTML page but the 404 page, each once, at an absolute URL that maps to the page', () => {
    const pages = result.files.map((f) => f.path).filter((p) => p.endsWith('index.html'));
    const listed = locs().map((u) => {
      expect(u.loc.startsWith(base), u.loc).toBe(true);
      return decodeURIComponent(u.loc.slice(base.length)) + 'index.html';
    });
    const expected = result.pages.filter((p) => p.path.endsWith('/')).map((p) => (p.path.slice(1) + 'index.html'));
    expect([...listed].sort()).toEqual([...expected].sort());
    expect(new Set(listed).size).toBe(listed.length);
    for (const file of listed) expect(pages, file).toContain(file);
    expect(listed).not.toContain('404.html');
  });

  it('gives each post its own publication or update time as lastmod, with the site offset', () => {
    const byLoc = new Map(locs().map((u) => [u.loc, u.lastmod]));
    expect(byLoc.get(`${base}2025/12/02/code-red/`)).toBe('2025-12-02T20:39:12+09:00');
    expect(byLoc.get(`${base}2026/05/01/chips%20%26%20power/`)).toBe('2026-06-01T10:00:00+09:00');
  });

  it('points robots.txt at the sitemap’s absolute URL', () => {
    expect(textOf(result, 'robots.txt')).toMatch(new RegExp(`^Sitemap: ${base.replace(/[.]/g, '\\.')}sitemap\\.xml$`, 'm'));
  });
});
