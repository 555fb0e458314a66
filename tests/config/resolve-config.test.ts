import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineConfig } from '../../src/config/define-config.js';
import { ConfigError, normalizeBasePath, resolveConfig } from '../../src/config/resolve-config.js';
import type { UserConfig } from '../../src/config/types.js';

const user: UserConfig = { title: 'AIニュース', url: 'https://news.example.jp/' };
const root = path.resolve('/srv/blog');

describe('resolveConfig', () => {
  it('fills in every default in one place', () => {
    const config = resolveConfig(user, root, null);
    expect(config).toMatchObject({
      url: 'https://news.example.jp',
      basePath: '/',
      lang: 'ja',
      locale: 'ja_JP',
      timezone: 'Asia/Tokyo',
      permalink: '/:year/:month/:day/:slug/',
      postsPerPage: 10,
      postsDir: path.join(root, 'posts'),
      outDir: path.join(root, 'dist'),
      cacheDir: path.join(root, '.cache'),
      taxonomySlugs: null,
      drafts: false,
      future: false,
    });
  });

  it('resolves folders from the config file, and command-line folders from the working folder', () => {
    const config = resolveConfig({ ...user, postsDir: '_posts' }, root, null, { outDir: 'public' });
    expect(config.postsDir).toBe(path.join(root, '_posts'));
    expect(config.outDir).toBe(path.resolve(process.cwd(), 'public'));
  });

  it('pins "now" when asked, so future posts are decided deterministically', () => {
    const now = new Date('2026-11-22T00:00:00Z');
    expect(resolveConfig(user, root, null, { now }).now).toBe(now);
  });

  it('refuses an invalid config with a ConfigError naming every bad field', () => {
    const bad = { ...user, url: 'news.example.jp', timezone: 'Asia/Tokio', taxonomySlugs: { 生成AI: '生成' } };
    let caught: unknown;
    try {
      resolveConfig(bad, root, '/srv/blog/site.config.ts');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const e = caught as ConfigError;
    expect(e.file).toBe('/srv/blog/site.config.ts');
    expect(e.message).toMatch(/url/);
    expect(e.message).toMatch(/timezone/);
    expect(e.message).toMatch(/taxonomySlugs/);
  });
});

describe('normalizeBasePath', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['blog', '/blog/'],
    ['/blog', '/blog/'],
    ['blog/', '/blog/'],
    ['//blog//', '/blog/'],
    ['/a/b', '/a/b/'],
  ])('turns %j into %j', (input, output) => {
    expect(normalizeBasePath(input)).toBe(output);
  });
});

describe('defineConfig', () => {
  it('returns the config unchanged', () => {
    expect(defineConfig(user)).toBe(user);
  });
});
