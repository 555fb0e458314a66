import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventStream } from '../../src/dev/event-stream.js';
import { overlayData } from '../../src/dev/live-reload.js';
import { createDevHandler, type ServedSite } from '../../src/dev/site-handler.js';
import { error } from '../../src/report/diagnostic.js';
import { request } from './http-client.js';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const page = (text: string) => new TextEncoder().encode(`<!doctype html>\n<html lang="ja"><body><p>${text}</p></body></html>\n`);

const site: ServedSite = {
  basePath: '/blog/',
  session: 'abc123',
  build: 7,
  overlay: null,
  files: new Map<string, Uint8Array>([
    ['index.html', page('ホーム')],
    ['2026/03/10/生成AIと著作権/index.html', page('日本語の記事')],
    ['404.html', page('ページが見つかりません')],
    ['assets/css/style.css', new TextEncoder().encode('body { color: #111; }\n')],
    ['assets/logo.svg', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['assets/images/x.png', PNG],
    ['feed.xml', new TextEncoder().encode('<?xml version="1.0" encoding="utf-8"?><feed/>')],
    ['sitemap.xml', new TextEncoder().encode('<?xml version="1.0"?><urlset/>')],
    ['robots.txt', new TextEncoder().encode('User-agent: *\n')],
  ]),
};

let server: Server;
let port = 0;
const events = new EventStream();

beforeAll(async () => {
  server = createServer(createDevHandler({ site: () => site, events, greeting: () => [['hello', { session: site.session, build: site.build }]], port: () => port, loopbackOnly: true }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  events.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const get = (path: string, headers: Record<string, string> = {}) => request(port, path, { headers });

describe('dev server responses', () => {
  it('serves pages as UTF-8 HTML, not cached, with the live-reload script before </body>', async () => {
    const res = await get('/blog/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body).toContain('ホーム');
    expect(res.body).toMatch(/<script src="\/__dev\/client\.js" data-session="abc123" data-build="7"><\/script><\/body>/);
    expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(res.body));
  });

  it.each([
    ['/blog/assets/css/style.css', 'text/css; charset=utf-8'],
    ['/blog/assets/logo.svg', 'image/svg+xml; charset=utf-8'],
    ['/blog/assets/images/x.png', 'image/png'],
    ['/blog/feed.xml', 'application/xml; charset=utf-8'],
    ['/blog/sitemap.xml', 'application/xml; charset=utf-8'],
    ['/blog/robots.txt', 'text/plain; charset=utf-8'],
    ['/__dev/client.js', 'text/javascript; charset=utf-8'],
  ])('serves %s as %s, untouched', async (path, type) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.body).not.toContain('__dev/client.js"');
  });

  it('maps a percent-encoded Japanese path to its folder page', async () => {
    const res = await get('/blog/2026/03/10/%E7%94%9F%E6%88%90AI%E3%81%A8%E8%91%97%E4%BD%9C%E6%A8%A9/');
    expect(res.status).toBe(200);
    expect(res.body).toContain('日本語の記事');
  });

  it('redirects a folder page without its slash to the slash, keeping the query', async () => {
    const res = await get('/blog/2026/03/10/%E7%94%9F%E6%88%90AI%E3%81%A8%E8%91%97%E4%BD%9C%E6%A8%A9?x=1');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/blog/2026/03/10/%E7%94%9F%E6%88%90AI%E3%81%A8%E8%91%97%E4%BD%9C%E6%A8%A9/?x=1');
  });

  it('answers a missing page with the site 404 page and status 404', async () => {
    const res = await get('/blog/no/such/page/');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('ページが見つかりません');
  });

  it('sends / to the base path, and treats everything else outside it as missing', async () => {
    expect((await get('/')).headers.location).toBe('/blog/');
    expect((await get('/blog')).headers.location).toBe('/blog/');
    const outside = await get('/assets/css/style.css');
    expect(outside.status).toBe(404);
    expect(outside.body).toContain('ページが見つかりません');
  });

  it('answers HEAD without a body and other methods with 405', async () => {
    const head = await request(port, '/blog/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    const post = await request(port, '/blog/', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });
});

describe('dev server refusals', () => {
  it.each([
    ['/blog/../../etc/passwd', 400],
    ['/blog/%2e%2e/%2e%2e/etc/passwd', 400],
    ['/blog/..%2f..%2fetc%2fpasswd', 400],
    ['/blog/%2f%2fetc%2fpasswd', 400],
    ['/blog/..\\..\\etc\\passwd', 400],
    ['/blog/index.html%00.png', 400],
    ['/blog/%E0%A4%A', 400],
    ['/blog/%zz', 400],
    ['http://evil.example/blog/', 400],
    ['/blog/.git/config', 403],
    ['/blog/.env', 403],
    ['/site.config.ts', 403],
    ['/blog/posts/2026-03-10-x.md', 403],
  ])('refuses %s with %i and no site content', async (path, status) => {
    const res = await get(path);
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.body).not.toMatch(/ホーム|ページが見つかりません|root:/);
  });

  it('stays up after refusing', async () => {
    expect((await get('/blog/%zz')).status).toBe(400);
    expect((await get('/blog/')).status).toBe(200);
  });

  it.each(['evil.example', 'evil.example:PORT', 'localhost:1', '192.168.0.10:PORT'])('refuses Host %s with 403 (DNS rebinding)', async (host) => {
    const res = await get('/blog/', { Host: host.replace('PORT', String(port)) });
    expect(res.status).toBe(403);
    expect(res.body).not.toContain('ホーム');
  });

  it('accepts the loopback names', async () => {
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]) expect((await get('/blog/', { Host: host })).status).toBe(200);
  });

  it('refuses an event stream opened from a foreign origin', async () => {
    const res = await get('/__dev/events', { Origin: 'http://evil.example' });
    expect(res.status).toBe(403);
  });
});

describe('dev server before the first good build', () => {
  it('answers "Building…" with the live-reload script, then the errors if the first build failed', async () => {
    const empty: ServedSite = { files: new Map(), basePath: '/', session: 's', build: 0, overlay: null };
    let earlyPort = 0;
    const early: Server = createServer(createDevHandler({ site: () => empty, events, greeting: () => [], port: () => earlyPort, loopbackOnly: true }));
    await new Promise<void>((resolve) => early.listen(0, '127.0.0.1', resolve));
    earlyPort = (early.address() as AddressInfo).port;
    try {
      const building = await request(earlyPort, '/2026/03/10/x/');
      expect(building.status).toBe(503);
      expect(building.body).toContain('Building the site…');
      expect(building.body).toContain('/__dev/client.js');
      empty.overlay = overlayData([error('posts/x.md', { line: 2, column: 1 }, 'front-matter-yaml', 'Front matter is not valid YAML')]);
      const failed = await request(earlyPort, '/');
      expect(failed.status).toBe(500);
      expect(failed.body).toContain('posts/x.md:2:1');
    } finally {
      await new Promise((resolve) => early.close(resolve));
    }
  });
});

describe('dev server overlay', () => {
  it('puts the errors of a failed build, escaped, into every page it serves', async () => {
    site.overlay = overlayData([error('posts/2026-01-01-x.md', { line: 4, column: 8 }, 'unknown-layout', 'Layout "<script>alert(1)</script>" does not exist', 'Use "post" & try again.')]);
    try {
      const res = await get('/blog/');
      expect(res.body).toContain('ホーム');
      expect(res.body).toContain('<p class="__dev-place">posts/2026-01-01-x.md:4:8</p>');
      expect(res.body).toContain('Layout &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; does not exist [unknown-layout]');
      expect(res.body).toContain('Use &quot;post&quot; &amp; try again.');
      expect(res.body).not.toContain('<script>alert(1)');
    } finally {
      site.overlay = null;
    }
  });
});
