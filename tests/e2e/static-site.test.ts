import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startPreview, type RunningPreview } from '../../src/preview/preview-server.js';
import { parsePage } from '../helpers/html.js';
import { useTempDirs } from '../helpers/temp.js';
import { buildSampleSite, readBuilt, type BuiltSite } from './helpers/sample-site.js';
import { linksOf, statusOf, urlPathOf } from './helpers/site-links.js';

const tempDir = useTempDirs('e2e-static');

/**
 * html-validate's recommended rules, less three that judge style rather than validity:
 * preact writes `<!doctype html>` and `<meta/>` (both valid HTML), and headings get ids such as
 * `1-効果を数字で示せない` from rehype-slug, which HTML allows (an id only may not hold spaces).
 * `long-title` is an SEO hint about the editor's post titles, not about the markup.
 */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'doctype-style': 'off', 'void-style': 'off', 'long-title': 'off', 'valid-id': ['error', { relaxed: true }] },
});

/** Page weight budget of a post page: HTML + CSS, gzipped, no images. */
const POST_BUDGET_BYTES = 50 * 1024;

describe('the sample blog as built', () => {
  let built: BuiltSite;
  let preview: RunningPreview;
  let htmlFiles: string[] = [];
  beforeAll(async () => {
    built = await buildSampleSite(path.join(tempDir(), 'dist'));
    htmlFiles = built.files.filter((f) => f.endsWith('.html'));
    preview = await startPreview({ root: built.dir, basePath: built.config.basePath, port: 0 });
  });
  afterAll(() => preview?.close());

  test('every page passes html-validate with zero errors', async () => {
    const problems: string[] = [];
    for (const file of htmlFiles) {
      const report = await validator.validateString(readBuilt(built, file), file);
      for (const result of report.results) for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(htmlFiles.length).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });

  test('every JSON-LD block is valid JSON', () => {
    for (const file of htmlFiles) {
      for (const script of parsePage(readBuilt(built, file)).querySelectorAll('script[type="application/ld+json"]')) {
        expect(() => JSON.parse(script.textContent ?? ''), file).not.toThrow();
      }
    }
  });

  test('every feed and the sitemap are well-formed XML', () => {
    const xmlFiles = built.files.filter((f) => f.endsWith('.xml'));
    expect(xmlFiles).toEqual(expect.arrayContaining(['feed.xml', 'rss.xml', 'sitemap.xml']));
    for (const file of xmlFiles) expect(XMLValidator.validate(readBuilt(built, file)), file).toBe(true);
  });

  test('the sitemap follows the sitemaps.org 0.9 schema and lists every indexable page', () => {
    const xml = readBuilt(built, 'sitemap.xml');
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' }).parse(xml) as Record<string, unknown>;
    // The schema in structural form: urlset > url+ > loc (required), lastmod?, changefreq?, priority?.
    expect(Object.keys(doc).filter((k) => k !== '?xml')).toEqual(['urlset']);
    const urlset = doc['urlset'] as Record<string, unknown>;
    expect(urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(Object.keys(urlset).filter((k) => !k.startsWith('@_'))).toEqual(['url']);
    const urls = urlset['url'] as Array<Record<string, unknown>>;
    expect(urls.length).toBeLessThanOrEqual(50_000);
    const w3cDatetime = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/;
    const origin = built.config.url + built.config.basePath;
    const locs: string[] = [];
    for (const url of urls) {
      expect(Object.keys(url).every((k) => ['loc', 'lastmod', 'changefreq', 'priority'].includes(k)), JSON.stringify(url)).toBe(true);
      const loc = url['loc'];
      expect(typeof loc).toBe('string');
      expect((loc as string).startsWith(origin), String(loc)).toBe(true);
      expect((loc as string).length).toBeLessThan(2048);
      expect(() => new URL(loc as string)).not.toThrow();
      expect(String(url['lastmod']), String(loc)).toMatch(w3cDatetime);
      if ('changefreq' in url) expect(['always', 'hourly', 'daily', 'weekly', 'monthly', 'yearly', 'never']).toContain(url['changefreq']);
      if ('priority' in url) expect(Number(url['priority'])).toBeGreaterThanOrEqual(0);
      locs.push(loc as string);
    }
    // Pages that ask search engines to stay away (`noindex`: the 404 and search pages) stay out of it.
    const indexable = (f: string) => parsePage(readBuilt(built, f)).querySelector('meta[name="robots"][content~="noindex"]') === null;
    const pages = htmlFiles.filter((f) => f.endsWith('index.html') && indexable(f)).map((f) => built.config.url + urlPathOf(f, built.config.basePath));
    expect([...locs].sort()).toEqual([...pages].sort());
  });

  test('robots.txt points at the sitemap by its absolute URL', () => {
    expect(readBuilt(built, 'robots.txt')).toContain(`Sitemap: ${built.config.url}${built.config.basePath}sitemap.xml`);
  });

  test('every internal link, stylesheet, icon and image of every page answers 200 through the preview server', async () => {
    const origin = new URL(preview.url).origin;
    const links = htmlFiles.flatMap((file) => linksOf(readBuilt(built, file), file, new URL(urlPathOf(file, built.config.basePath), origin), built.config.url));
    const internal = links.filter((l) => l.url.origin === origin && !l.raw.startsWith('#'));
    // Open Graph cards are left out of this build (--no-cards); every other link must work.
    const statuses = await statusOf(internal.map((l) => l.url.origin + l.url.pathname));
    const broken = internal.filter((l) => statuses.get(l.url.origin + l.url.pathname) !== 200).map((l) => `${l.page}: ${l.raw} → ${statuses.get(l.url.origin + l.url.pathname)}`);
    expect(internal.length).toBeGreaterThan(500);
    expect([...new Set(broken)]).toEqual([]);
  });

  test('every in-page link points at an element on that page', () => {
    const broken: string[] = [];
    for (const file of htmlFiles) {
      const doc = parsePage(readBuilt(built, file));
      for (const a of doc.querySelectorAll('a[href^="#"]')) {
        const id = decodeURIComponent((a.getAttribute('href') ?? '#').slice(1));
        if (id && !doc.getElementById(id)) broken.push(`${file}: ${a.getAttribute('href')}`);
      }
    }
    expect(broken).toEqual([]);
  });

  describe('page weight of post pages', () => {
    const fileOf = (sitePath: string) => `${sitePath.replace(/^\//, '')}index.html`;

    test(`HTML + CSS of every post stays under ${POST_BUDGET_BYTES / 1024} KB gzipped`, () => {
      expect(built.site.posts.length).toBeGreaterThan(0);
      const css = gzipSync(readBuilt(built, 'assets/css/style.css'), { level: 9 }).length;
      const over: string[] = [];
      for (const post of built.site.posts) {
        const html = gzipSync(readBuilt(built, fileOf(post.path)), { level: 9 }).length;
        if (html + css >= POST_BUDGET_BYTES) over.push(`${fileOf(post.path)}: ${html} B HTML + ${css} B CSS`);
      }
      expect(over).toEqual([]);
    });

    test('a post page runs no script and loads no web font', () => {
      const css = readBuilt(built, 'assets/css/style.css');
      expect(css).not.toMatch(/@font-face|@import|\.woff2?\b|\.ttf\b|\.otf\b/);
      for (const post of built.site.posts) {
        const doc = parsePage(readBuilt(built, fileOf(post.path)));
        const scripts = [...doc.querySelectorAll('script')].filter((s) => s.getAttribute('type') !== 'application/ld+json');
        expect(scripts.map((s) => s.outerHTML), post.path).toEqual([]);
        expect(doc.querySelectorAll('link[rel="preload"][as="font"], link[href*="fonts.googleapis"], link[rel="modulepreload"]').length).toBe(0);
        expect(doc.querySelectorAll('link[rel="stylesheet"]').length, post.path).toBe(1);
      }
    });
  });
});

describe('the sample blog built for a GitHub project page (basePath /kotoba-press/)', () => {
  let built: BuiltSite;
  let preview: RunningPreview;
  beforeAll(async () => {
    built = await buildSampleSite(path.join(tempDir(), 'dist'), { basePath: '/kotoba-press/' });
    preview = await startPreview({ root: built.dir, basePath: built.config.basePath, port: 0 });
  });
  afterAll(() => preview?.close());

  test('every internal link stays under the base path and answers 200', async () => {
    const origin = new URL(preview.url).origin;
    const htmlFiles = built.files.filter((f) => f.endsWith('.html'));
    const links = htmlFiles
      .flatMap((file) => linksOf(readBuilt(built, file), file, new URL(urlPathOf(file, built.config.basePath), origin), built.config.url))
      .filter((l) => l.url.origin === origin && !l.raw.startsWith('#'));
    const outside = links.filter((l) => !l.url.pathname.startsWith('/kotoba-press/')).map((l) => `${l.page}: ${l.raw}`);
    expect([...new Set(outside)]).toEqual([]);
    const statuses = await statusOf(links.map((l) => l.url.origin + l.url.pathname));
    const broken = links.filter((l) => statuses.get(l.url.origin + l.url.pathname) !== 200).map((l) => `${l.page}: ${l.raw}`);
    expect([...new Set(broken)]).toEqual([]);
  });
});
