import { describe, expect, it } from 'vitest';
import { isLoopbackAddress, isLoopbackHost, isOwnOrigin } from '../../src/dev/host-check.js';
import { parseRequestTarget } from '../../src/dev/request-target.js';

describe('parseRequestTarget', () => {
  it('decodes each segment once and keeps the raw path and query for redirects', () => {
    expect(parseRequestTarget('/2026/03/10/%E7%94%9F%E6%88%90AI/?q=1')).toEqual({ ok: true, path: '/2026/03/10/生成AI/', raw: '/2026/03/10/%E7%94%9F%E6%88%90AI/', query: '?q=1' });
    expect(parseRequestTarget('/2026/05/01/chips%20%26%20power/')).toMatchObject({ ok: true, path: '/2026/05/01/chips & power/' });
    // Decoded once only: `%252e%252e` is a file literally named `%2e%2e`, not `..`.
    expect(parseRequestTarget('/%252e%252e/x')).toMatchObject({ ok: true, path: '/%2e%2e/x' });
  });

  it('reads unencoded UTF-8 in the request line as UTF-8', () => {
    expect(parseRequestTarget(Buffer.from('/タグ/', 'utf8').toString('latin1'))).toMatchObject({ ok: true, path: '/タグ/' });
  });

  it.each([
    '/../etc/passwd',
    '/a/../../etc/passwd',
    '/%2e%2e/etc/passwd',
    '/%2E%2E/%2e%2E/etc/passwd',
    '/a/%2e/b',
    '/..%2fetc%2fpasswd',
    '/a%2fb',
    '/a%5cb',
    '/..\\..\\etc\\passwd',
    '/index.html%00.png',
    '/a%0d%0aSet-Cookie:x',
    '/%E0%A4%A',
    '/%zz',
    '/%',
    '//etc/passwd',
    '/a//b',
    'http://evil.example/',
    '*',
  ])('refuses %s with 400', (url) => {
    expect(parseRequestTarget(url)).toMatchObject({ ok: false, status: 400 });
  });

  it.each(['/.git/config', '/.env', '/assets/.secret', '/%2eenv', '/site.config.ts', '/posts/2025-12-02-x.md', '/templates/post.tsx', '/src/cli.MTS', '/a/b.markdown'])('refuses %s with 403', (url) => {
    expect(parseRequestTarget(url)).toMatchObject({ ok: false, status: 403 });
  });
});

describe('host checks', () => {
  it('accepts loopback names with our port or none', () => {
    for (const host of ['localhost', 'localhost:4000', '127.0.0.1:4000', '[::1]:4000', '[::1]', 'LOCALHOST:4000']) expect(isLoopbackHost(host, 4000)).toBe(true);
  });

  it('refuses other names, other ports and a missing Host (DNS rebinding)', () => {
    for (const host of [undefined, '', 'evil.example:4000', 'evil.example', 'localhost.evil.example:4000', '127.0.0.1.nip.io:4000', 'localhost:4001', '192.168.1.5:4000', 'localhost:4000:1']) {
      expect(isLoopbackHost(host, 4000)).toBe(false);
    }
  });

  it('knows loopback bind addresses', () => {
    expect(['127.0.0.1', '127.1.2.3', '::1', 'localhost'].every(isLoopbackAddress)).toBe(true);
    expect(['0.0.0.0', '::', '192.168.1.5'].some(isLoopbackAddress)).toBe(false);
  });

  it('allows an event stream only from this server or without an Origin', () => {
    expect(isOwnOrigin(undefined, 'localhost:4000')).toBe(true);
    expect(isOwnOrigin('http://localhost:4000', 'localhost:4000')).toBe(true);
    expect(isOwnOrigin('http://evil.example', 'localhost:4000')).toBe(false);
    expect(isOwnOrigin('http://localhost:4000.evil.example', 'localhost:4000')).toBe(false);
    expect(isOwnOrigin('null', 'localhost:4000')).toBe(false);
  });
});
