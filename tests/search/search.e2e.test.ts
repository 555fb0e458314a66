import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startPreview, type RunningPreview } from '../../src/preview/preview-server.js';
import { href } from '../../src/util/url.js';
import { chromiumMissing, launchChromium } from '../e2e/helpers/chromium.js';
import { useTempDirs } from '../helpers/temp.js';
import { readSearchPage, searchVia, type SearchPageState } from './helpers/browser-search.js';
import { expectedPaths, oraclePosts, type OraclePost } from './helpers/oracle.js';
import { buildAndWrite, searchConfig, type WrittenSite } from './helpers/site.js';

const tempDir = useTempDirs('search-e2e');

describe.skipIf(chromiumMissing !== null)('search in headless Chromium (fixture blog under /blog/)', () => {
  let site: WrittenSite;
  let oracle: OraclePost[];
  let preview: RunningPreview;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    site = await buildAndWrite(searchConfig({ basePath: '/blog/' }), path.join(tempDir(), 'dist'));
    oracle = oraclePosts(site.site);
    preview = await startPreview({ root: site.dir, basePath: site.config.basePath, port: 0 });
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('pageerror', (e) => console.error(e));
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  const urlOf = (sitePath: string) => new URL(href(site.config, sitePath), preview.url).href;
  /** Slugs of the posts a search shows, in the order shown. */
  const slugsOf = (state: SearchPageState) =>
    state.results.map((r) => {
      const sitePath = '/' + decodeURIComponent(new URL(r.url).pathname).slice(site.config.basePath.length);
      return site.site.posts.find((p) => p.path === sitePath)?.source.slug ?? `(not a post: ${r.url})`;
    });
  const slugsContaining = (query: string) => expectedPaths(oracle, query).map((p) => site.site.posts.find((post) => post.path === p)!.source.slug);
  const search = async (query: string, filters: { category?: string; tag?: string } = {}) => slugsOf(await searchVia(page, urlOf('/search/'), query, filters));

  test('半導体 finds the post about chips, not the one whose navigation names it', async () => {
    const found = await search('半導体');
    expect(found).toEqual(['chip-supply']);
    expect(found).toEqual(slugsContaining('半導体'));
  });

  test('OpenAI finds the two posts that mention it, not the one whose related posts and navigation do', async () => {
    const found = await search('OpenAI');
    expect(found.sort()).toEqual(['copyright', 'new-model']);
    expect(found.sort()).toEqual(slugsContaining('OpenAI').sort());
  });

  test('full-width ＡＩ finds every post with AI, in either width, and none without', async () => {
    const found = (await search('ＡＩ')).sort();
    expect(found).toEqual(['ai-act', 'copyright', 'new-model']);
    expect(found).toEqual(slugsContaining('AI').sort());
  });

  test('ＧＰＴ and GPT both find the post that writes it in full width', async () => {
    expect(await search('GPT')).toEqual(['new-model']);
    expect(await search('ＧＰＴ')).toEqual(['new-model']);
  });

  test('half-width katakana in a post is found by the usual spelling', async () => {
    expect(await search('オープンソース')).toEqual(['copyright']);
  });

  test('a two-word query finds only the posts that have both words', async () => {
    const found = await search('OpenAI 著作権');
    expect(found).toEqual(['copyright']);
    expect(found).toEqual(slugsContaining('OpenAI 著作権'));
    expect(await search('生成AI 著作権')).toEqual(['copyright']);
  });

  test('生成AI matches the compound, not 生成 and AI far apart', async () => {
    const found = (await search('生成AI')).sort();
    expect(found).toEqual(['copyright', 'new-model']);
    expect(found).not.toContain('ai-act');
    expect(found).toEqual(slugsContaining('生成AI').sort());
  });

  test('a query with no hits says so', async () => {
    const state = await searchVia(page, urlOf('/search/'), '量子コンピュータ');
    expect(state.results).toEqual([]);
    expect(state.status).toBe('「量子コンピュータ」に一致する記事は見つかりませんでした。');
  });

  test('a word that no post has finds nothing, even when a post has a word that begins like it', async () => {
    // Pagefind alone answers Europe with the post about the EU: it takes a shorter word for a longer one.
    const state = await searchVia(page, urlOf('/search/'), 'Europe');
    expect(state.results).toEqual([]);
    expect(state.status).toBe('「Europe」に一致する記事は見つかりませんでした。');
    expect(await search('EU')).toEqual(['ai-act']);
  });

  test('each result shows its title, date and an excerpt with the match marked, and no break markers', async () => {
    const state = await searchVia(page, urlOf('/search/'), '半導体');
    expect(state.status).toBe('「半導体」に一致する記事: 1件');
    const [result] = state.results;
    expect(result?.title).toBe('半導体の供給網、次の制約は電力に');
    expect(result?.meta).toBe('2026年1月10日 · 業界動向');
    expect(result?.marks).toContain('半導体');
    expect(result?.excerpt).toContain('半導体の供給網、次の制約は電力に。');
    for (const text of [result?.title, result?.excerpt]) expect(text).not.toMatch(/\u200b|<wbr|\s{2}/u);
  });

  test('a category or tag filter keeps only the posts filed under it', async () => {
    expect((await search('AI', { category: '規制・政策' })).sort()).toEqual(['ai-act', 'copyright']);
    expect(await search('OpenAI', { tag: '著作権' })).toEqual(['copyright']);
  });

  test('a filter without a query lists its posts newest first', async () => {
    expect(await search('', { category: '規制・政策' })).toEqual(['ai-act', 'copyright']);
  });

  test('text that looks like markup is shown as text in an excerpt, never run as markup', async () => {
    await searchVia(page, urlOf('/search/'), 'タグ');
    const excerpt = page.locator('.search-result__excerpt').first();
    expect(await excerpt.textContent()).toContain('<b>タグ');
    expect(await excerpt.locator('b').count()).toBe(0);
  });

  test('every result links to its post under the base path', async () => {
    const state = await searchVia(page, urlOf('/search/'), 'AI');
    expect(state.results.length).toBeGreaterThan(1);
    for (const result of state.results) {
      expect(new URL(result.url).pathname.startsWith('/blog/')).toBe(true);
      expect((await fetch(result.url)).status, result.url).toBe(200);
    }
  });

  test('the search box in the header of any page leads to the results', async () => {
    await page.goto(urlOf('/'));
    await page.fill('header.site-header input[name="q"]', '電力');
    await page.press('header.site-header input[name="q"]', 'Enter');
    await page.waitForURL(/\/blog\/search\/\?q=/);
    expect(slugsOf(await readSearchPage(page))).toEqual(['chip-supply']);
  });

  test('typing on the search page updates the results and the address', async () => {
    await page.goto(urlOf('/search/'));
    await page.fill('#search-q', '資金調達');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('資金調達'));
    expect(slugsOf(await readSearchPage(page))).toEqual(['funding-round']);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=資金調達');
  });
});

// On a machine without Chromium, one skipped test says why (the suite above is skipped too).
if (chromiumMissing !== null) test.skipIf(true)(chromiumMissing, () => {});
