import type { OutputFile } from '../build/output-file.js';
import type { SiteIndex } from '../collect/site-index.js';
import type { PageJob } from '../pages/page-job.js';
import type { SiteContext } from '../pages/types.js';
import { isoInZone } from '../util/timezone.js';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * `/sitemap.xml` listing every HTML page but the 404 page, with `lastmod`: a post's update or
 * publication time; for a list, the newest change among the posts it shows.
 */
export function buildSitemap(site: SiteContext, index: SiteIndex, pages: readonly PageJob[]): OutputFile {
  const tz = site.config.timezone;
  const times = index.posts.map((p) => (p.source.updated ?? p.source.date).getTime());
  const newest = Math.max(0, ...times);
  const postByPath = new Map(index.posts.map((p, i) => [p.path, i]));
  const rows = pages
    .filter((p) => p.path.endsWith('/'))
    .map((page) => {
      const own = postByPath.get(page.path);
      const t = own !== undefined ? (times[own] as number) : page.posts.length ? Math.max(...page.posts.map((i) => times[i] ?? 0)) : newest;
      return `  <url><loc>${escapeXml(site.abs(page.path))}</loc><lastmod>${isoInZone(new Date(t), tz)}</lastmod></url>`;
    })
    .sort();
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${rows.join('\n')}\n</urlset>\n`;
  return { path: 'sitemap.xml', contents: xml };
}

/** `/robots.txt` allowing everything and pointing at the sitemap. */
export function buildRobots(site: SiteContext): OutputFile {
  return { path: 'robots.txt', contents: `User-agent: *\nAllow: /\n\nSitemap: ${site.abs('/sitemap.xml')}\n` };
}
