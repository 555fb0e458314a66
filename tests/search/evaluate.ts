/**
 * Measures search on a real build, for the numbers in src/search/README.md:
 *
 *   npx tsx tests/search/evaluate.ts [--posts DIR] [--query Q]...
 *
 * Builds the posts (the sample blog by default) into a temporary folder, serves it with the
 * preview server, and in headless Chromium (1) runs every query of QUERIES against the Pagefind
 * runtime and compares the posts it returns with the posts whose text contains the query
 * (tests/search/helpers/oracle.ts), and (2) opens the search page cold for each --query and
 * adds up what the browser downloads for it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { loadConfig } from '../../src/config/resolve-config.js';
import { startPreview } from '../../src/preview/preview-server.js';
import { href } from '../../src/util/url.js';
import { NOW } from '../helpers/config.js';
import { launchChromium } from '../e2e/helpers/chromium.js';
import { engineSearch, readSearchPage } from './helpers/browser-search.js';
import { expectedPaths, oraclePosts } from './helpers/oracle.js';
import { buildAndWrite } from './helpers/site.js';

/** What readers of an AI-industry blog type: companies, products, people, Japanese compounds, full- and half-width forms, pairs. */
const QUERIES = [
  // companies, products and people
  'OpenAI', 'Google', 'Anthropic', 'NVIDIA', 'ｎｖｉｄｉａ', 'TSMC', 'ChatGPT', 'Claude', 'Gemini', 'GPT-5', 'ＧＰＴ－４ｏ', 'アルトマン', 'サム・アルトマン',
  // Japanese words and compounds, full- and half-width
  '半導体', '生成AI', '生成ＡＩ', 'ＡＩ', 'AI規制', 'データセンター', 'エージェント', 'ｴｰｼﾞｪﾝﾄ', '著作権', '規制', '資金調達', 'スタートアップ',
  '電力', '推論モデル', '基盤モデル', '強化学習', 'オープンソース', '画像生成', '評価額', '日本語', '量子コンピュータ',
  // two words
  'OpenAI 半導体', 'Google Anthropic', '生成AI 規制', 'データセンター 電力', 'ChatGPT Gemini',
  // in no post
  'ハルシネーション', '経済産業省',
];

const { values } = parseArgs({ options: { posts: { type: 'string' }, query: { type: 'string', multiple: true, default: ['半導体', '生成AI 規制'] } } });
const repoRoot = path.resolve(import.meta.dirname, '../..');
const loaded = await loadConfig(path.join(repoRoot, 'site.config.ts'), { now: NOW, ...(values.posts ? { postsDir: path.resolve(values.posts) } : {}) });
const tmp = mkdtempSync(path.join(os.tmpdir(), 'kotoba-search-eval-'));
try {
  const built = await buildAndWrite(loaded, path.join(tmp, 'dist'));
  const preview = await startPreview({ root: built.dir, basePath: built.config.basePath, port: 0 });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const searchUrl = new URL(href(built.config, '/search/'), preview.url).href;
    await page.goto(searchUrl);
    const oracle = oraclePosts(built.site);
    const base = built.config.basePath.replace(/\/$/, '');
    console.log(`${built.site.posts.length} posts\n`);
    console.log('| query | contain it | found | correct | precision | recall | P@10 |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    let sumP = 0, sumR = 0, sumP10 = 0, counted = 0;
    for (const query of QUERIES) {
      const expected = new Set(expectedPaths(oracle, query));
      const found = (await engineSearch(page, new URL(href(built.config, '/'), preview.url).href, query)).map((p) => p.slice(base.length));
      const correct = found.filter((p) => expected.has(p)).length;
      const top = found.slice(0, 10);
      const precision = found.length ? correct / found.length : expected.size ? 0 : 1;
      const recall = expected.size ? correct / expected.size : 1;
      const p10 = top.length ? top.filter((p) => expected.has(p)).length / top.length : expected.size ? 0 : 1;
      sumP += precision; sumR += recall; sumP10 += p10; counted++;
      console.log(`| ${query} | ${expected.size} | ${found.length} | ${correct} | ${precision.toFixed(3)} | ${recall.toFixed(3)} | ${p10.toFixed(2)} |`);
    }
    console.log(`| **mean of ${counted}** | | | | ${(sumP / counted).toFixed(3)} | ${(sumR / counted).toFixed(3)} | ${(sumP10 / counted).toFixed(2)} |\n`);

    // What one query costs a reader who opens the search page cold.
    for (const query of values.query) {
      const fresh = await browser.newContext();
      const reader = await fresh.newPage();
      const fetched: Array<{ path: string; bytes: number; gzip: number }> = [];
      const bodies: Array<Promise<void>> = [];
      reader.on('response', (response) => {
        const url = new URL(response.url());
        if (!url.pathname.includes('/pagefind/') && !/\/search\/[^/]+\.js$/.test(url.pathname)) return;
        bodies.push(
          response.body().then((body) => {
            // .pf_* files and the wasm are gzipped by Pagefind already; hosts gzip JS and JSON.
            const gzip = /\.(js|json)$/.test(url.pathname) ? gzipSync(body, { level: 9 }).length : body.length;
            fetched.push({ path: url.pathname.slice(base.length), bytes: body.length, gzip });
          }),
        );
      });
      const u = new URL(searchUrl);
      u.searchParams.set('q', query);
      await reader.goto(u.href);
      const state = await readSearchPage(reader, { firstPageOnly: true });
      await Promise.all(bodies);
      fetched.sort((a, b) => (a.path < b.path ? -1 : 1));
      const sum = (pick: (f: (typeof fetched)[number]) => boolean) => fetched.filter(pick).reduce((s, f) => s + f.gzip, 0);
      const total = sum(() => true);
      console.log(`Downloads for "${query}", ${state.results.length} results drawn: ${total} B (${(total / 1024).toFixed(1)} KiB) gzip on the wire`);
      console.log(
        `  runtime ${sum((f) => !/\/(index|fragment|filter)\//.test(f.path))} B, index ${sum((f) => f.path.includes('/index/'))} B in ${fetched.filter((f) => f.path.includes('/index/')).length} chunks, fragments ${sum((f) => f.path.includes('/fragment/'))} B, filters ${sum((f) => f.path.includes('/filter/'))} B`,
      );
      for (const f of fetched) console.log(`  ${f.path} ${f.bytes} B, ${f.gzip} B gzip`);
      await fresh.close();
    }
  } finally {
    await browser.close();
    await preview.close();
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
