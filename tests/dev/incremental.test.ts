import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import { IncrementalBuild, type IncrementalResult } from '../../src/build/incremental.js';
import { resolveConfig } from '../../src/config/resolve-config.js';
import type { ResolvedConfig } from '../../src/config/types.js';
import { RenderCache } from '../../src/render/render-cache.js';
import { sortDiagnostics } from '../../src/report/diagnostic.js';
import fixtureConfig from '../fixtures/dev/site.config.js';
import { NOW } from '../helpers/config.js';
import { useTempDirs } from '../helpers/temp.js';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/dev');
const tempDir = useTempDirs('dev-incremental');

/** A copy of the fixture blog, its dev config, and the output a dev server would serve, kept up to date. */
async function devSite() {
  const root = tempDir();
  cpSync(FIXTURE, root, { recursive: true });
  const config = resolveConfig(fixtureConfig, root, null, { dev: true, drafts: true, future: true, now: NOW });
  const builder = new IncrementalBuild(config, { cache: RenderCache.inMemory(), workers: 0 });
  const served = new Map<string, string>();
  const apply = (r: IncrementalResult) => {
    if (r.mode === 'initial') served.clear();
    for (const f of r.files) served.set(f.path, String(f.contents));
    for (const p of r.removed) served.delete(p);
  };
  const initial = await builder.rebuild();
  apply(initial);
  const post = (name: string) => path.join(config.postsDir, name);
  return { root, config, builder, served, apply, post, initial };
}

/** What a from-scratch build of the same folder gives: the reference for every incremental result. */
async function fresh(config: ResolvedConfig): Promise<Map<string, string>> {
  const r = await new IncrementalBuild(config, { cache: RenderCache.inMemory(), workers: 0 }).rebuild();
  expect(r.ok).toBe(true);
  return new Map(r.files.map((f) => [f.path, String(f.contents)]));
}

function expectSameSite(actual: Map<string, string>, expected: Map<string, string>): void {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  const differing = [...expected].filter(([p, contents]) => actual.get(p) !== contents).map(([p]) => p);
  expect(differing).toEqual([]);
}

const SECOND = '2025-02-20-second-post.md';
const htmlPaths = (r: IncrementalResult) => r.files.map((f) => f.path).filter((p) => p.endsWith('.html'));

describe('IncrementalBuild', () => {
  it('builds the same pages, feeds and assets as `build` on the first rebuild, and finds the same problems', async () => {
    const { config, served, initial } = await devSite();
    const full = await build(config, { cards: false, cache: false, workers: 0 });
    // The fixture has a dead link and a missing image: the content check's warnings come in dev too.
    expect(initial.diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['dead-internal-link', 'missing-image']));
    expect(sortDiagnostics(initial.diagnostics)).toEqual(sortDiagnostics(full.diagnostics));
    // The first dev build has the search bundle and page too, byte for byte.
    const reference = new Map(full.files.map((f) => [f.path, String(f.contents)]));
    expect([...served.keys()].filter((p) => p.startsWith('pagefind/')).length).toBeGreaterThan(0);
    expectSameSite(served, reference);
  });

  it('re-renders only the edited post page when only its body changed', async () => {
    const { builder, served, apply, post, config } = await devSite();
    const file = post(SECOND);
    writeFileSync(file, readFileSync(file, 'utf8') + '\n追記した段落です。\n');
    const r = await builder.rebuild({ posts: [file] });
    apply(r);
    expect(r.ok).toBe(true);
    expect(r.mode).toBe('fast');
    expect(r.stats['postsRendered']).toBe(1);
    expect(htmlPaths(r)).toEqual(['2025/02/20/second-post/index.html']);
    expect(served.get('2025/02/20/second-post/index.html')).toContain('段落です。');
    // Feeds carry whole posts: a recent post's edit reaches them at once, not only when settled.
    expect(served.get('feed.xml')).toContain('追記した段落です。');
    expect(r.files.map((f) => f.path)).not.toContain('sitemap.xml');
    const settled = await builder.rebuild({ settle: true });
    apply(settled);
    expect(settled.mode).toBe('site');
    expectSameSite(served, await fresh(config));
  });

  it('re-renders the lists that show an excerpt when the first paragraph changed', async () => {
    const { builder, served, apply, post, config } = await devSite();
    const file = post(SECOND);
    writeFileSync(file, readFileSync(file, 'utf8').replace('二番目の記事の本文です。', '書き換えた冒頭の段落です。'));
    const r = await builder.rebuild({ posts: [file] });
    apply(r);
    expect(r.mode).toBe('fast');
    // The post page and every list showing its summary (home page 3, its tag, category and dates)…
    expect(htmlPaths(r).sort()).toEqual(
      ['2025/02/20/second-post/index.html', 'page/3/index.html', 'tags/ai/index.html', 'categories/ニュース/page/2/index.html', '2025/page/2/index.html', '2025/02/index.html', '2025/02/20/index.html'].sort(),
    );
    // …but not pages that show only its title: neighbours, related posts, the archive index.
    apply(await builder.rebuild({ settle: true }));
    expectSameSite(served, await fresh(config));
  });

  it('re-renders the pages that show a title when it changed, and no other list', async () => {
    const { builder, served, apply, post, config } = await devSite();
    const file = post(SECOND);
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: "二番目の記事"', 'title: "題名を変えた記事"'));
    const r = await builder.rebuild({ posts: [file] });
    apply(r);
    // Its place in the site is unchanged, so the last index is patched: no collect, no planning.
    expect(r.mode).toBe('fast');
    const html = htmlPaths(r);
    expect(html).toEqual(expect.arrayContaining(['2025/02/20/second-post/index.html', '2025/01/10/first-post/index.html', 'page/3/index.html', 'tags/ai/index.html']));
    // Lists without the post are left alone.
    for (const list of ['archives/index.html', 'page/2/index.html', 'tags/半導体/index.html', 'categories/解説/index.html', '2025/03/index.html']) expect(html).not.toContain(list);
    apply(await builder.rebuild({ settle: true }));
    expectSameSite(served, await fresh(config));
  });

  it('adds and removes pages when posts are added and deleted', async () => {
    const { builder, served, apply, post, config } = await devSite();
    const added = post('2025-06-01-new-post.md');
    writeFileSync(added, '---\ntitle: "新しい記事"\ndate: 2025-06-01 10:00:00 +0900\ntags: ["新タグ"]\n---\n\n本文。\n');
    const r1 = await builder.rebuild({ posts: [added] });
    apply(r1);
    expect(r1.files.map((f) => f.path)).toEqual(expect.arrayContaining(['2025/06/01/new-post/index.html', 'tags/新タグ/index.html']));
    // Related posts are settled later: the new post has none until then.
    expect(r1.unsettled).toBe(true);
    apply(await builder.rebuild({ settle: true }));
    expectSameSite(served, await fresh(config));

    rmSync(added);
    const r2 = await builder.rebuild({ posts: [added] });
    apply(r2);
    expect(r2.removed).toEqual(expect.arrayContaining(['2025/06/01/new-post/index.html', 'tags/新タグ/index.html', '2025/06/index.html']));
    apply(await builder.rebuild({ settle: true }));
    expectSameSite(served, await fresh(config));
  });

  it('reports a broken post with its place and keeps the last good output, then recovers', async () => {
    const { builder, served, apply, post, config } = await devSite();
    const before = new Map(served);
    const file = post(SECOND);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('title: "二番目の記事"', 'title: [broken'));
    const broken = await builder.rebuild({ posts: [file] });
    expect(broken.ok).toBe(false);
    expect(broken.files).toEqual([]);
    expect(broken.diagnostics).toContainEqual(expect.objectContaining({ file, line: expect.any(Number), severity: 'error', ruleId: 'front-matter-yaml' }));

    writeFileSync(file, text);
    const fixed = await builder.rebuild({ posts: [file] });
    apply(fixed);
    expect(fixed.ok).toBe(true);
    apply(await builder.rebuild({ settle: true }));
    expectSameSite(served, before);
    expectSameSite(served, await fresh(config));
  });

  it('fails on a body that cannot be rendered without touching the last good output, then recovers', async () => {
    const { builder, served, apply, post, config } = await devSite();
    const before = new Map(served);
    const file = post(SECOND);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, `${text}\n${'> '.repeat(150)}深すぎる引用\n`);
    const broken = await builder.rebuild({ posts: [file] });
    expect(broken.ok).toBe(false);
    expect(broken.diagnostics).toContainEqual(expect.objectContaining({ file, severity: 'error', ruleId: 'render-pathological' }));
    // A body-only edit to another post while this one is broken still fails, and changes nothing.
    const other = post('2025-01-10-first-post.md');
    writeFileSync(other, readFileSync(other, 'utf8') + '\n追記。\n');
    expect((await builder.rebuild({ posts: [other] })).ok).toBe(false);
    expectSameSite(served, before);

    writeFileSync(file, text);
    const fixed = await builder.rebuild({ posts: [file] });
    apply(fixed);
    expect(fixed.ok).toBe(true);
    apply(await builder.rebuild({ settle: true }));
    expectSameSite(served, await fresh(config));
  });

  it('checks links again when the pages they point at appear or go', async () => {
    const { builder, post, initial } = await devSite();
    const dead = (r: IncrementalResult) => r.diagnostics.filter((d) => d.ruleId === 'dead-internal-link').length;
    expect(dead(initial)).toBe(1);
    const target = post('2024-12-31-no-such-post.md');
    writeFileSync(target, '---\ntitle: "リンク先"\ndate: 2024-12-31 09:00:00 +0900\n---\n\n本文。\n');
    expect(dead(await builder.rebuild({ posts: [target] }))).toBe(0);
    rmSync(target);
    expect(dead(await builder.rebuild({ posts: [target] }))).toBe(1);
  });

  it('does nothing when a file is saved without changes', async () => {
    const { builder, post } = await devSite();
    const file = post(SECOND);
    writeFileSync(file, readFileSync(file));
    const r = await builder.rebuild({ posts: [file] });
    expect(r).toMatchObject({ ok: true, mode: 'none', files: [], removed: [] });
  });

  it('re-reads assets and re-renders the post whose image changed size', async () => {
    const { builder, served, apply, root, config } = await devSite();
    writeFileSync(path.join(root, 'assets/css/style.css'), 'body { color: red; }\n');
    const png = readFileSync(path.join(root, 'assets/images/chips.png'));
    png.writeUInt32BE(8, 16); // IHDR width: the post's og:image:width changes
    writeFileSync(path.join(root, 'assets/images/chips.png'), png);
    const r = await builder.rebuild({ assets: true });
    apply(r);
    expect(served.get('assets/css/style.css')).toBe('body { color: red; }\n');
    expect(htmlPaths(r)).toContain('2025/04/01/chips & power/index.html');
    apply(await builder.rebuild({ settle: true }));
    expectSameSite(served, await fresh(config));
  });
});

describe('IncrementalBuild after a sequence of edits', () => {
  it('always serves what a from-scratch build gives', async () => {
    const { builder, served, apply, post, config } = await devSite();
    const edit = (name: string, change: (text: string) => string) => {
      writeFileSync(post(name), change(readFileSync(post(name), 'utf8')));
      return post(name);
    };
    const steps: Array<() => string[]> = [
      () => [edit(SECOND, (t) => t + '\n本文の最後に足した一文。\n')],
      () => [edit('2025-01-10-first-post.md', (t) => t.replace('tags: ["AI", "生成AI"]', 'tags: ["生成AI", "半導体"]'))],
      () => [edit('2025-03-05-日本語スラッグ.md', (t) => t.replace('2025-03-05 12:00:00', '2025-02-01 12:00:00'))],
      () => [edit('2025-05-01-draft-post.md', (t) => t.replace('draft: true', 'draft: false'))],
      () => [edit(SECOND, (t) => t.replace('二番目の記事の本文です。', '冒頭を書き換えました。')), edit('2025-04-01-chips & power.md', (t) => t + '\n追記。\n')],
      () => [edit('2099-01-01-future-post.md', (t) => t.replace('categories: ["ニュース"]', 'categories: ["解説", "ニュース"]'))],
    ];
    for (const step of steps) {
      const r = await builder.rebuild({ posts: step() });
      expect(r.ok).toBe(true);
      apply(r);
      apply(await builder.rebuild({ settle: true }));
      expectSameSite(served, await fresh(config));
    }
  });
});
