import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import type { BuildResult } from '../../src/build/index.js';
import type { OutputFile } from '../../src/build/output-file.js';
import { FileCache } from '../../src/util/file-cache.js';
import { useTempDirs } from '../helpers/temp.js';
import { indexPages } from '../../src/search/index.js';
import { parsePage } from '../helpers/html.js';
import { buildSite, textOf } from '../helpers/site.js';
import { searchConfig } from './helpers/site.js';

const tempDir = useTempDirs('search-pages');

const bundleOf = (result: BuildResult) => result.files.filter((f) => f.path.startsWith('pagefind/'));

/** A Pagefind fragment: one indexed page as the browser receives it. */
function fragmentsOf(result: BuildResult): Array<{ url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }> {
  return bundleOf(result)
    .filter((f) => f.path.endsWith('.pf_fragment'))
    .map((f) => JSON.parse(new TextDecoder().decode(gunzipSync(f.contents as Uint8Array).subarray('pagefind_dcd'.length))));
}

describe('the search step of a build', () => {
  let result: BuildResult;
  beforeAll(async () => {
    result = await buildSite(searchConfig({ basePath: '/blog/' }));
  });

  test('builds without a message', () => {
    expect(result.diagnostics).toEqual([]);
  });

  test('indexes every post and nothing else', () => {
    const urls = fragmentsOf(result).map((f) => decodeURIComponent(f.url)).sort();
    expect(urls).toEqual(result.site!.posts.map((p) => p.path).sort());
  });

  test('writes only what the search page loads: no Pagefind UI, no playground', () => {
    const names = bundleOf(result).map((f) => f.path);
    expect(names).toEqual(expect.arrayContaining(['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.unknown.pagefind']));
    expect(names.filter((n) => /pagefind-(ui|modular-ui|component-ui|highlight)|playground/.test(n))).toEqual([]);
    expect(result.files.map((f) => f.path)).toEqual(expect.arrayContaining(['search/index.html', 'search/search.js', 'search/find.js', 'search/text.js']));
  });

  test('indexes title, body, categories, tags and author, but not the navigation, related posts or footer', () => {
    const funding = result.site!.posts.find((p) => p.source.slug === 'funding-round')!;
    const fragment = fragmentsOf(result).find((f) => decodeURIComponent(f.url) === funding.path)!;
    expect(fragment.content).toMatch(/^国内 スタート アップ が 総額 50 億 円 を 調達/);
    expect(fragment.content).toContain('シリーズ B で 総額 50 億 円 を 調達');
    expect(fragment.content).toMatch(/投資 分析.*資金 調達.*スタート アップ.*山田 健/);
    // The page names its neighbours (半導体…, OpenAI…) in its navigation and related posts.
    const page = textOf(result, `${funding.path.slice(1)}index.html`);
    expect(page).toContain('半導体');
    expect(page).toContain('OpenAI');
    expect(fragment.content).not.toMatch(/半導体|OpenAI|前の記事|関連記事|アーカイブ/);
  });

  test('shows each post under its plain title and date, and files it under its category and tags', () => {
    const byUrl = new Map(fragmentsOf(result).map((f) => [decodeURIComponent(f.url), f]));
    for (const post of result.site!.posts) {
      const fragment = byUrl.get(post.path)!;
      expect(fragment.meta['title']).toBe(post.source.title);
      expect(fragment.meta['date']).toMatch(/^20\d\d年\d{1,2}月\d{1,2}日$/);
      expect(fragment.filters['category']).toEqual(post.categories.map((c) => c.name));
      expect(fragment.filters['tag']).toEqual(post.tags.map((t) => t.name));
    }
  });

  test('puts a search box in the header of every page, a GET form to the search page under the base path', () => {
    const pages = result.files.filter((f) => f.path.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const form = parsePage(textOf(result, file.path)).querySelector('header.site-header form[role="search"]');
      expect(form?.getAttribute('action'), file.path).toBe('/blog/search/');
      expect(form?.getAttribute('method')).toBe('get');
      expect(form?.querySelector('input[name="q"]'), file.path).not.toBeNull();
    }
  });

  test('serves the search page under the base path, kept out of search engines and the sitemap', () => {
    const doc = parsePage(textOf(result, 'search/index.html'));
    const root = doc.querySelector('[data-search]')!;
    expect(root.getAttribute('data-bundle')).toBe('/blog/pagefind/');
    expect(root.getAttribute('data-base')).toBe('/blog/');
    expect(doc.querySelector('script[type="module"]')?.getAttribute('src')).toBe('/blog/search/search.js');
    expect(doc.querySelector('main form')?.getAttribute('action')).toBe('/blog/search/');
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(textOf(result, 'sitemap.xml')).not.toContain('/search/');
  });

  test('offers every category and tag as a filter', () => {
    const doc = parsePage(textOf(result, 'search/index.html'));
    const values = (name: string) => [...doc.querySelectorAll(`select[name="${name}"] option`)].map((o) => o.getAttribute('value'));
    expect(values('category')).toEqual(['', ...result.site!.categories.terms.map((t) => t.name)]);
    expect(values('tag')).toEqual(['', ...result.site!.tags.terms.map((t) => t.name)]);
  });

  test('gives byte-identical index files for the same posts', async () => {
    const again = await buildSite(searchConfig({ basePath: '/blog/' }));
    expect(bundleOf(again)).toEqual(bundleOf(result));
  });
});

describe('indexPages', () => {
  test('takes only pages that mark a search body, with their URL encoded and without the base path', () => {
    const pages = indexPages([
      { path: 'index.html', contents: '<html lang="ja"><body><h1>一覧</h1></body></html>' },
      { path: '2026/05/01/chips & power/index.html', contents: '<html lang="ja"><body><h1 data-pagefind-body>電力</h1></body></html>' },
      { path: 'og/a.png', contents: new Uint8Array([1]) },
    ]);
    expect(pages.filter((p) => p.html !== '').map((p) => [p.file, p.url])).toEqual([['2026/05/01/chips & power/index.html', '/2026/05/01/chips%20%26%20power/']]);
  });

  test('normalises a page with a key once: a page whose key is known is not even rendered', async () => {
    const known = await FileCache.open<Uint8Array>(path.join(tempDir(), 'pages.bin'));
    const first = indexPages([{ path: 'a/index.html', contents: '<html lang="ja"><body><p data-pagefind-body>生成ＡＩの記事</p></body></html>', key: 'k-a' }], known);
    expect(first[0]?.html).toContain('生成 AI の');
    const untouchable: OutputFile = {
      path: 'a/index.html',
      key: 'k-a',
      get contents(): string {
        throw new Error('a page with a known key must not be rendered');
      },
    };
    expect(indexPages([untouchable], known).map((p) => p.html)).toEqual([first[0]?.html]);
    // Another key: the page is read and normalised again.
    const edited = indexPages([{ path: 'a/index.html', contents: '<html lang="ja"><body><p data-pagefind-body>改訂版</p></body></html>', key: 'k-b' }], known);
    expect(edited[0]?.html).toContain('改訂');
  });
});
