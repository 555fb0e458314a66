import { copyFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { BuildResult } from '../../src/build/index.js';
import type { ResolvedConfig } from '../../src/config/types.js';
import { SITE_URL } from '../helpers/config.js';
import { classifyLink, linkTargets, metaContent, pageUrlOf, parsePage, type Page } from '../helpers/html.js';
import { buildSite, siteConfig, SITE_ROOT, textOf } from '../helpers/site.js';
import { useTempDirs } from '../helpers/temp.js';

const tempDir = useTempDirs('site');

const EVIL_TITLE = '</script><script>alert(1)</script>';
const QUOTES_TITLE = '「AI」と"引用符" & 記号\u2028を含むタイトル';
const SITE_TITLE = 'AIニュース';

describe.each(['/', '/blog/'])('the fixture blog built in memory with basePath %s', (basePath) => {
  let config: ResolvedConfig;
  let result: BuildResult;
  let pages: Map<string, Page>;
  const base = SITE_URL + basePath;
  const page = (file: string): Page => {
    const doc = pages.get(file);
    if (!doc) throw new Error(`no page ${file}`);
    return doc;
  };
  const summaries = (file: string) => [...page(file).querySelectorAll('article.post-summary h2 a')].map((a) => a.textContent);

  beforeAll(async () => {
    config = siteConfig({ basePath });
    result = await buildSite(config);
    pages = new Map(result.files.filter((f) => f.path.endsWith('.html')).map((f) => [f.path, parsePage(textOf(result, f.path))]));
  });

  it('builds with no message but the content check\'s warning about the full-width tag it merges', () => {
    expect(result.diagnostics.map((d) => `${d.severity} ${d.ruleId} ${d.file}`)).toEqual(['warning fullwidth-ascii tests/fixtures/site/posts/2025-12-02-code-red.md']);
  });

  it('publishes the eight posts and leaves out the draft and the future post', () => {
    expect(result.site?.posts).toHaveLength(8);
    const all = result.files.map((f) => f.path).join('\n');
    expect(all).not.toContain('draft');
    expect(all).not.toContain('future');
    expect(all).not.toContain('下書きタグ');
    for (const doc of pages.values()) {
      expect(doc.body.textContent).not.toContain('下書きの記事');
      expect(doc.body.textContent).not.toContain('未来の記事');
    }
  });

  it('gives every page <html lang="ja">, a <title>, a meta description and Open Graph tags', () => {
    for (const [file, doc] of pages) {
      expect(doc.documentElement.getAttribute('lang'), file).toBe('ja');
      expect(doc.querySelectorAll('title'), file).toHaveLength(1);
      expect(doc.title.endsWith(SITE_TITLE), file).toBe(true);
      expect(metaContent(doc, 'description'), file).toBeTruthy();
      for (const key of ['og:title', 'og:description', 'og:url', 'og:type', 'og:image', 'og:site_name', 'og:locale']) {
        expect(metaContent(doc, key), `${file} ${key}`).toBeTruthy();
      }
    }
  });

  it('gives every page an absolute canonical URL that is its own address, also in og:url', () => {
    for (const [file, doc] of pages) {
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
      if (file === '404.html') continue;
      expect(canonical, file).toBe(pageUrlOf(file, SITE_URL, basePath));
      expect(metaContent(doc, 'og:url'), file).toBe(canonical);
    }
  });

  it('shows the title </script><script>… as text and injects no script element', () => {
    const doc = page('news/what?#100%/index.html');
    expect(doc.querySelector('h1')?.textContent).toBe(EVIL_TITLE);
    expect(doc.title).toBe(`${EVIL_TITLE} | ${SITE_TITLE}`);
    expect(metaContent(doc, 'og:title')).toBe(EVIL_TITLE);
    // Inline scripts are JSON-LD only; other scripts are files of the site (the link test checks them).
    for (const [file, d] of pages) {
      for (const script of d.querySelectorAll('script:not([src])')) expect(script.getAttribute('type'), file).toBe('application/ld+json');
    }
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(summaries('page/2/index.html')).toContain(EVIL_TITLE);
  });

  it('writes JSON-LD that JSON.parse reads back to the exact titles, with " & and U+2028', () => {
    const headline = (file: string) => JSON.parse(page(file).querySelector('script[type="application/ld+json"]')!.textContent!).headline;
    expect(headline('news/what?#100%/index.html')).toBe(EVIL_TITLE);
    expect(headline('2026/08/27/quotes/index.html')).toBe(QUOTES_TITLE);
    expect(page('2026/08/27/quotes/index.html').title).toBe(`${QUOTES_TITLE} | ${SITE_TITLE}`);
  });

  it('puts no <wbr> or zero-width space in <title>, meta content or JSON-LD', () => {
    for (const [file, doc] of pages) {
      const head = [doc.title, ...[...doc.querySelectorAll('meta[content]')].map((m) => m.getAttribute('content')), ...[...doc.querySelectorAll('script')].map((s) => s.textContent)].join('\n');
      expect(head, file).not.toMatch(/wbr|\u200b/i);
    }
    const raw = textOf(result, 'index.html');
    expect(raw.slice(0, raw.indexOf('</head>'))).not.toContain('wbr');
  });

  it('never puts a zero-width space anywhere in the output', () => {
    for (const f of result.files) if (typeof f.contents === 'string') expect(f.contents, f.path).not.toContain('\u200b');
  });

  it('dates a post with <time datetime> in +09:00 and the Japanese date', () => {
    const time = page('2025/12/02/code-red/index.html').querySelector('.post-meta time')!;
    expect(time.getAttribute('datetime')).toBe('2025-12-02T20:39:12+09:00');
    expect(time.textContent).toBe('2025年12月2日');
    for (const [file, doc] of pages) {
      for (const t of doc.querySelectorAll('time')) expect(t.getAttribute('datetime'), file).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+09:00$/);
    }
  });

  it('puts a post dated 2026-02-14 02:08:43 +0900 under /2026/02/14/ and in that day’s archive', () => {
    expect(pages.has('2026/02/14/eu-ai-act/index.html')).toBe(true);
    expect(summaries('2026/02/14/index.html')).toEqual(['EU AI法の執行まで半年、日本企業が準備すべきこと']);
  });

  it('paginates the home page three posts a page, newest first', () => {
    expect(summaries('index.html')).toEqual(['企業の生成AI導入調査2026：利用率は6割に', '国産オープンモデルが公開、日本語性能で海外勢に並ぶ', QUOTES_TITLE]);
    expect(summaries('page/2/index.html')).toEqual([EVIL_TITLE, 'AIデータセンターの制約は「チップ」から「電力」へ', '生成AIと著作権：学習データをめぐる議論の現在地']);
    expect(summaries('page/3/index.html')).toEqual(['EU AI法の執行まで半年、日本企業が準備すべきこと', 'OpenAIが「コードレッド」を宣言、検索と対話AIの競争が激化']);
    expect(pages.has('page/4/index.html')).toBe(false);
    expect(pages.has('page/1/index.html')).toBe(false);
  });

  it('links the pages of the home page to each other, and only where a page exists', () => {
    const rel = (file: string, r: string) => page(file).querySelector(`.pagination a[rel="${r}"]`)?.getAttribute('href') ?? null;
    expect([rel('index.html', 'prev'), rel('index.html', 'next')]).toEqual([null, `${basePath}page/2/`]);
    expect([rel('page/2/index.html', 'prev'), rel('page/2/index.html', 'next')]).toEqual([basePath, `${basePath}page/3/`]);
    expect([rel('page/3/index.html', 'prev'), rel('page/3/index.html', 'next')]).toEqual([`${basePath}page/2/`, null]);
    expect(page('page/3/index.html').querySelector('link[rel="prev"]')?.getAttribute('href')).toBe(`${base}page/2/`);
  });

  it('resolves every internal link and image of every page to a file of the output, and every #fragment to an id', () => {
    const files = new Set(result.files.map((f) => f.path));
    const broken: string[] = [];
    let checked = 0;
    for (const [file, doc] of pages) {
      const pageUrl = pageUrlOf(file, SITE_URL, basePath);
      for (const link of linkTargets(doc)) {
        const target = classifyLink(link, pageUrl, basePath);
        if (target.kind === 'outside-base') broken.push(`${file}: ${link} is outside ${basePath}`);
        if (target.kind === 'file') {
          checked++;
          if (!files.has(target.file)) broken.push(`${file}: ${link} → ${target.file} does not exist`);
        }
        if (target.kind === 'fragment' && !doc.querySelector(`[id="${target.id}"]`)) broken.push(`${file}: ${link} names no id`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });

  it('gives the archive index every year and month with its count, linking to their lists, and no single post', () => {
    const doc = page('archives/index.html');
    const years = [...doc.querySelectorAll('.archive-year')];
    expect(years.map((y) => y.querySelector('h2')?.textContent)).toEqual(['2026年 (7)', '2025年 (1)']);
    const months = years.map((y) => [...y.querySelectorAll('.archive-months li')].map((li) => li.textContent));
    expect(months[1]).toEqual(['12月 (1)']);
    expect(months[0]?.reduce((n, m) => n + Number(/\((\d+)\)/.exec(m ?? '')?.[1]), 0)).toBe(7);
    const hrefs = [...doc.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain(`${basePath}2025/12/`);
    expect(hrefs.filter((h) => /^\/(?:blog\/)?\d{4}\/\d{2}\/\d{2}\//.test(h ?? ''))).toEqual([]);
  });

  it('links to posts with Japanese, space, &, ?, # and % in their paths, encoded exactly once', () => {
    // Every post is linked from the pages of the home list.
    const hrefs = new Set([...pages].filter(([f]) => f === 'index.html' || f.startsWith('page/')).flatMap(([, doc]) => [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))));
    expect(hrefs).toContain(`${basePath}2026/03/10/%E7%94%9F%E6%88%90AI%E3%81%A8%E8%91%97%E4%BD%9C%E6%A8%A9/`);
    expect(hrefs).toContain(`${basePath}2026/05/01/chips%20%26%20power/`);
    expect(hrefs).toContain(`${basePath}news/what%3F%23100%25/`);
  });

  it('moves root-relative links written in posts under the base path', () => {
    const body = page('2025/12/02/code-red/index.html').querySelector('.post-body')!;
    const hrefs = [...body.querySelectorAll('a[href^="/"]')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([`${basePath}2026/03/10/%E7%94%9F%E6%88%90AI%E3%81%A8%E8%91%97%E4%BD%9C%E6%A8%A9/`, `${basePath}2026/05/01/chips%20&%20power/`]);
    expect(body.querySelector('img')?.getAttribute('src')).toBe(`${basePath}assets/favicon.svg`);
  });

  it('merges ＡＩ with AI and openai with OpenAI, each on one page showing the most used spelling', () => {
    const tagLinks = [...page('tags/index.html').querySelectorAll('.term-cloud a')].map((a) => a.textContent?.trim());
    expect(tagLinks).toContain('AI (3)');
    expect(tagLinks).toContain('OpenAI (4)');
    expect(tagLinks.filter((t) => /^(ＡＩ|openai) /.test(t ?? ''))).toEqual([]);
    expect(page('tags/openai/index.html').querySelector('h1')?.textContent).toBe('タグ: OpenAI');
    expect(pages.has('tags/openai/page/2/index.html')).toBe(true);
  });

  it('gives awkward tags pages with safe slugs: C++, AI/ML, C#入門, a<b, 50%+, Q&A?', () => {
    for (const file of ['tags/c-plus-plus/index.html', 'tags/ai-ml/index.html', 'tags/a-b/index.html', 'tags/50-plus/index.html', 'tags/q-and-a/index.html']) {
      expect(pages.has(file), file).toBe(true);
    }
    expect([...pages.keys()].some((f) => /^tags\/c-sharp-?入門\/index\.html$/.test(f))).toBe(true);
    expect(page('tags/a-b/index.html').querySelector('h1')?.textContent).toBe('タグ: a<b');
  });

  it('never gives two output files the same path', () => {
    const paths = result.files.map((f) => f.path);
    expect(paths.filter((p, i) => paths.indexOf(p) !== i)).toEqual([]);
  });

  it('keeps unknown front matter keys available on the indexed post', () => {
    const survey = result.site?.posts.find((p) => p.source.slug === 'survey');
    expect(survey?.source.data.unknown_key).toBe('残しておく値');
  });
});

describe('determinism', () => {
  const snapshot = (r: BuildResult) => r.files.map((f) => [f.path, Buffer.from(f.contents).toString('base64')]);

  it('gives byte-identical files when the same posts are built twice', async () => {
    const first = await buildSite(siteConfig());
    const second = await buildSite(siteConfig());
    expect(first.files.length).toBeGreaterThan(50);
    expect(snapshot(second)).toEqual(snapshot(first));
  });

  it('does not depend on the wall clock, only on the configured "now"', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
      const first = await buildSite(siteConfig());
      vi.setSystemTime(new Date('2031-06-15T12:34:56Z'));
      const second = await buildSite(siteConfig());
      expect(snapshot(second)).toEqual(snapshot(first));
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives byte-identical files when the posts are copied into another folder in another order', async () => {
    const original = await buildSite(siteConfig());
    const dir = tempDir();
    const names = readdirSync(path.join(SITE_ROOT, 'posts')).sort().reverse();
    for (const name of names) copyFileSync(path.join(SITE_ROOT, 'posts', name), path.join(dir, name));
    const copied = await buildSite(siteConfig({}, { postsDir: dir }));
    expect(copied.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(snapshot(copied)).toEqual(snapshot(original));
  });
});
