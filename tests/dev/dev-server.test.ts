import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer, type DevBuildEvent, type DevServer } from '../../src/dev/dev-server.js';
import type { OverlayData } from '../../src/dev/live-reload.js';
import { NOW } from '../helpers/config.js';
import { useTempDirs } from '../helpers/temp.js';
import { EventClient, request } from './http-client.js';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/dev');
const tempDir = useTempDirs('dev-server');

let root = '';
let server: DevServer;
let browser: EventClient;
const terminal: string[] = [];

const postFile = (name: string) => path.join(root, 'posts', name);
const get = (p: string, headers: Record<string, string> = {}) => request(server.port, p, { headers });
const nextBuild = () => new Promise<DevBuildEvent>((resolve) => {
  const stop = server.onBuild((e) => {
    stop();
    resolve(e);
  });
});

beforeAll(async () => {
  root = tempDir();
  cpSync(FIXTURE, root, { recursive: true });
  server = await startDevServer({
    configPath: path.join(root, 'site.config.ts'),
    port: 0,
    workers: 0,
    // Related posts are settled by hand in these tests (never on a timer), so every event is one a test caused.
    settleMs: 3_600_000,
    now: NOW,
    out: (t) => void terminal.push(t),
    err: (t) => void terminal.push(t),
  });
  browser = await new EventClient().open(server.port);
});

afterAll(async () => {
  browser?.close();
  await server?.close();
});

describe('npm run dev', () => {
  it('listens on 127.0.0.1 and serves the site with drafts and future posts marked', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.body).toContain('開発サーバーのテスト');
    expect((await get('/2025/05/01/draft-post/')).body).toContain('下書き: 公開されていません。');
    expect((await get('/2099/01/01/future-post/')).body).toContain('予約投稿: 公開日時前です。');
    expect((await get('/2025/04/01/chips%20%26%20power/')).status).toBe(200);
    expect(terminal.join('')).toMatch(/Built 6 posts/);
  });

  it('rebuilds an edited post and tells the browser to reload that page', async () => {
    const file = postFile('2025-02-20-second-post.md');
    const reload = browser.next('reload');
    writeFileSync(file, readFileSync(file, 'utf8').replace('二番目の記事の本文です。', '書き換えた本文です。'));
    const event = await reload;
    expect((event.data as { paths: string[] }).paths).toContain('/2025/02/20/second-post/');
    const page = await get('/2025/02/20/second-post/');
    expect(page.body).toContain('書き換えた');
    expect(page.body).not.toContain('二番目の<wbr>記事の<wbr>本文');
  });

  it('shows a broken post in an overlay, keeps serving the last good pages, and recovers when it is fixed', async () => {
    const file = postFile('2025-02-20-second-post.md');
    const good = readFileSync(file, 'utf8');
    const failed = browser.next('build-error');
    writeFileSync(file, good.replace('title: "二番目の記事"', 'title: [broken'));
    const overlay = (await failed).data as OverlayData;
    expect(overlay.errors[0]?.place).toMatch(/posts\/2025-02-20-second-post\.md:\d+:\d+$/);
    expect(overlay.errors[0]?.message).toContain('front-matter-yaml');
    expect(terminal.join('')).toMatch(/2025-02-20-second-post\.md\n\s+\d+:\d+\s+error\s+Front matter is not valid YAML/);

    // The other pages, and the broken post's last good version, are still served, with the overlay.
    const page = await get('/2025/02/20/second-post/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('書き換えた');
    expect(page.body).toContain('id="__dev-overlay"');
    expect(page.body).toMatch(/class="__dev-place">[^<]*2025-02-20-second-post\.md:\d+:\d+</);
    expect((await get('/')).status).toBe(200);
    // A browser that connects now is told at once.
    const late = await new EventClient().open(server.port);
    expect(late.events.map((e) => e.event)).toEqual(['hello', 'build-error']);
    late.close();

    const reload = browser.next('reload');
    writeFileSync(file, good);
    await reload;
    const fixed = await get('/2025/02/20/second-post/');
    expect(fixed.body).not.toContain('__dev-overlay"');
  });

  it('escapes what a post puts into an error message', async () => {
    const file = postFile('2025-01-10-first-post.md');
    const good = readFileSync(file, 'utf8');
    const failed = browser.next('build-error');
    writeFileSync(file, good.replace('layout: post', 'layout: "<img src=x onerror=alert(1)>"'));
    const overlay = (await failed).data as OverlayData;
    expect(overlay.errors[0]?.message).toContain('Layout "<img src=x onerror=alert(1)>" does not exist');
    const page = await get('/');
    expect(page.body).toContain('Layout &quot;&lt;img src=x onerror=alert(1)&gt;&quot; does not exist');
    expect(page.body).not.toContain('<img src=x');
    const reload = browser.next('reload');
    writeFileSync(file, good);
    await reload;
  });

  it('adds a new post and removes a deleted one', async () => {
    const file = postFile('2025-06-01-brand-new.md');
    let reload = browser.next('reload');
    writeFileSync(file, '---\ntitle: "新しい記事"\ndate: 2025-06-01 10:00:00 +0900\ntags: ["新タグ"]\n---\n\n新しい本文です。\n');
    expect(((await reload).data as { paths: string[] }).paths).toEqual(expect.arrayContaining(['/2025/06/01/brand-new/', '/tags/新タグ/']));
    expect((await get('/2025/06/01/brand-new/')).status).toBe(200);

    reload = browser.next('reload');
    rmSync(file);
    await reload;
    const gone = await get('/2025/06/01/brand-new/');
    expect(gone.status).toBe(404);
    expect(gone.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('refuses traversal, dotfiles, source files and foreign hosts, and keeps serving', async () => {
    for (const p of ['/../site.config.ts', '/%2e%2e/site.config.ts', '/..%2fsite.config.ts', '/posts%2f2025-02-20-second-post.md', '/%00', '/%E0%A4%A', 'http://evil.example/']) {
      const res = await get(p);
      expect([400, 403, 404]).toContain(res.status);
      expect(res.body).not.toMatch(/二番目|defineConfig|satisfies UserConfig/);
    }
    expect((await get('/.cache/')).status).toBe(403);
    expect((await get('/site.config.ts')).status).toBe(403);
    expect((await get('/posts/2025-02-20-second-post.md')).status).toBe(403);
    expect((await get('/', { Host: `attacker.example:${server.port}` })).status).toBe(403);
    expect((await get('/__dev/events', { Origin: 'http://attacker.example' })).status).toBe(403);
    expect((await get('/')).status).toBe(200);
  });

  it('serves each kind of file with its content type', async () => {
    const types: Array<[string, string]> = [
      ['/', 'text/html; charset=utf-8'],
      ['/assets/css/style.css', 'text/css; charset=utf-8'],
      ['/assets/logo.svg', 'image/svg+xml; charset=utf-8'],
      ['/assets/images/chips.png', 'image/png'],
      ['/feed.xml', 'application/xml; charset=utf-8'],
      ['/sitemap.xml', 'application/xml; charset=utf-8'],
    ];
    for (const [p, type] of types) expect((await get(p)).headers['content-type'], p).toBe(type);
    expect((await get('/assets/css/style.css')).body).not.toContain('__dev');
    expect((await get('/archives')).headers.location).toBe('/archives/');
  });

  it('applies a config change in a fresh build thread, and reports a broken config', async () => {
    const file = path.join(root, 'site.config.ts');
    const good = readFileSync(file, 'utf8');
    const failed = browser.next('build-error');
    writeFileSync(file, good.replace("url: 'https://dev.example.jp'", "url: 'dev.example.jp'"));
    expect(((await failed).data as OverlayData).errors[0]?.place).toMatch(/site\.config\.ts$/);
    expect((await get('/')).status).toBe(200);

    const reload = browser.next('reload');
    writeFileSync(file, good.replace("title: '開発サーバーのテスト'", "title: '改名したブログ'"));
    await reload;
    expect((await get('/')).body).toContain('改名したブログ');
  });

  it('rebuilds everything in a fresh build thread when a template changes', async () => {
    const built = nextBuild();
    writeFileSync(path.join(root, 'templates', 'README.md'), 'changed\n');
    const event = await built;
    expect(event.ok).toBe(true);
    // Same templates in fact, so nothing changed and no page needs a reload.
    expect(event.paths).toEqual([]);
    expect((await get('/')).status).toBe(200);
  });
});
