import { readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { securityHeaders } from '../../src/preview/host-headers.js';
import { startPreview, type RunningPreview } from '../../src/preview/preview-server.js';
import { useTempDirs, writeFiles } from '../helpers/temp.js';

const tempDir = useTempDirs('preview');

/** A raw request: unlike fetch, node:http sends `..` and `%2e` exactly as written. */
function get(preview: RunningPreview, rawPath: string, method = 'GET', headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string; bytes: Buffer }> {
  const { hostname, port } = new URL(preview.url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: bytes.toString('utf8'), bytes });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

const page = (title: string) => `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${title}</title></head><body>${title}</body></html>`;

/** A small built site with every awkward file name the generator can write. */
function writeSite(dir: string): void {
  writeFiles(dir, {
    'index.html': page('home'),
    '404.html': page('見つかりません'),
    '2026/05/01/chips & power/index.html': page('chips'),
    '2026/06/18/100%-#1/index.html': page('percent'),
    '2026/03/10/生成AIと著作権/index.html': page('japanese'),
    'q?a/index.html': page('question'),
    'tags/c-plus-plus/index.html': page('cpp'),
    'assets/css/style.css': `body{}\n${'.rule { color: red; }\n'.repeat(200)}`,
    'assets/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'assets/js/search.js': 'export {};',
    'feed.xml': '<?xml version="1.0" encoding="utf-8"?><feed/>',
    'robots.txt': 'User-agent: *',
    'pagefind/pagefind-entry.json': '{}',
    '.secret': 'dotfile',
  });
}

describe('the preview server at the root', () => {
  let root = '';
  let preview: RunningPreview;
  beforeAll(async () => {
    const dir = tempDir();
    root = path.join(dir, 'dist');
    writeSite(root);
    writeFileSync(path.join(dir, 'outside.txt'), 'outside the site');
    preview = await startPreview({ root, basePath: '/', port: 0 });
  });
  afterAll(() => preview.close());

  test('listens on 127.0.0.1 unless told otherwise', () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  test('serves /path/ from /path/index.html as utf-8 HTML', async () => {
    const res = await get(preview, '/tags/c-plus-plus/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('cpp');
  });

  test('redirects /path to /path/ with 301, keeping the query', async () => {
    const res = await get(preview, '/tags/c-plus-plus?x=1');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/tags/c-plus-plus/?x=1');
  });

  test('does not serve /path as path.html or list folders', async () => {
    expect((await get(preview, '/404')).status).toBe(404);
    expect((await get(preview, '/assets/')).status).toBe(404);
  });

  test('sends 404.html with status 404 for a missing page, with no body for HEAD', async () => {
    const res = await get(preview, '/no/such/page/');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('見つかりません');
    const head = await get(preview, '/no/such/page/', 'HEAD');
    expect(head.status).toBe(404);
    expect(head.body).toBe('');
  });

  test.each([
    ['/2026/05/01/chips%20%26%20power/', 'chips'],
    ['/2026/06/18/100%25-%231/', 'percent'],
    ['/2026/03/10/%E7%94%9F%E6%88%90AI%E3%81%A8%E8%91%97%E4%BD%9C%E6%A8%A9/', 'japanese'],
    ['/q%3Fa/', 'question'],
  ])('decodes %s once, as static hosts do', async (url, body) => {
    const res = await get(preview, url);
    expect(res.status).toBe(200);
    expect(res.body).toContain(body);
  });

  test.each(['/../outside.txt', '/%2e%2e/outside.txt', '/..%2foutside.txt', '/assets/..%2f..%2foutside.txt', '/%2E%2E%5Coutside.txt', '/a%00b'])('refuses the path traversal %s', async (url) => {
    const res = await get(preview, url);
    expect([400, 403, 404]).toContain(res.status);
    expect(res.body).not.toContain('outside the site');
  });

  test('hides dotfiles', async () => {
    expect((await get(preview, '/.secret')).status).toBe(404);
  });

  test.each([
    ['/assets/css/style.css', 'text/css; charset=utf-8'],
    ['/feed.xml', 'application/xml; charset=utf-8'],
    ['/assets/favicon.svg', 'image/svg+xml; charset=utf-8'],
    ['/robots.txt', 'text/plain; charset=utf-8'],
    ['/assets/js/search.js', 'text/javascript; charset=utf-8'],
    ['/pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
  ])('sends %s as %s', async (url, type) => {
    const res = await get(preview, url);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
  });

  test('sends the security headers of docs/deploy.md and asks browsers to revalidate', async () => {
    const res = await get(preview, '/');
    for (const [name, value] of Object.entries(securityHeaders)) expect(res.headers[name.toLowerCase()]).toBe(value);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers.etag).toBeTruthy();
  });

  test('compresses text with gzip when the browser asks, as static hosts do', async () => {
    const res = await get(preview, '/assets/css/style.css', 'GET', { 'Accept-Encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toContain('Accept-Encoding');
    expect(gunzipSync(res.bytes).toString('utf8')).toContain('.rule { color: red; }');
  });

  test('refuses methods other than GET and HEAD', async () => {
    const res = await get(preview, '/', 'POST');
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
  });

  test('serves a file rebuilt while it runs', async () => {
    writeFileSync(path.join(root, 'robots.txt'), 'User-agent: *\nDisallow: /drafts/');
    expect((await get(preview, '/robots.txt')).body).toContain('Disallow');
  });
});

describe('the preview server under a base path', () => {
  let preview: RunningPreview;
  beforeAll(async () => {
    const root = path.join(tempDir(), 'dist');
    writeSite(root);
    preview = await startPreview({ root, basePath: 'kotoba-press', port: 0 });
  });
  afterAll(() => preview.close());

  test('serves the site under the base path', async () => {
    expect(preview.url).toMatch(/\/kotoba-press\/$/);
    expect((await get(preview, '/kotoba-press/')).body).toContain('home');
    expect((await get(preview, '/kotoba-press/2026/05/01/chips%20%26%20power/')).status).toBe(200);
  });

  test('redirects the bare origin and the base path without its slash to the base path', async () => {
    for (const url of ['/', '/kotoba-press']) {
      const res = await get(preview, url);
      expect(res.status).toBe(302);
      expect(res.headers.location).toBe('/kotoba-press/');
    }
  });

  test('keeps the base path when it adds a trailing slash', async () => {
    const res = await get(preview, '/kotoba-press/tags/c-plus-plus');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/kotoba-press/tags/c-plus-plus/');
  });

  test('answers 404 outside the base path', async () => {
    const res = await get(preview, '/tags/c-plus-plus/');
    expect(res.status).toBe(404);
    expect(res.body).toContain('見つかりません');
  });
});

test('docs/deploy.md sets the same security headers as the preview sends', () => {
  const docs = readFileSync(path.resolve(import.meta.dirname, '../../docs/deploy.md'), 'utf8');
  for (const [name, value] of Object.entries(securityHeaders)) expect(docs, `${name}: ${value}`).toContain(`${name}: ${value}`);
});
