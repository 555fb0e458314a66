import { describe, expect, it } from 'vitest';
import { postPath } from '../../src/collect/permalink.js';
import { href } from '../../src/util/url.js';
import { testConfig } from '../helpers/config.js';
import { sourcePost } from '../helpers/posts.js';

const config = testConfig();
const withPattern = (permalink: string) => testConfig({ permalink });

describe('postPath', () => {
  it('fills :year/:month/:day/:slug with the day in the site time zone', () => {
    // 2025-12-02 20:39:12 UTC is already 3 December in Tokyo.
    const post = sourcePost({ slug: 'code-red', date: new Date('2025-12-02T20:39:12Z') });
    expect(postPath(post, config, [])).toBe('/2025/12/03/code-red/');
  });

  it('uses the site time zone, not UTC, for the day', () => {
    const post = sourcePost({ slug: 'late', date: new Date('2025-12-02T20:39:12Z') });
    expect(postPath(post, testConfig({ timezone: 'UTC' }), [])).toBe('/2025/12/02/late/');
  });

  it('fills :categories with the category slugs, one segment each', () => {
    const post = sourcePost({ slug: 'x' });
    expect(postPath(post, withPattern('/:categories/:year/:slug/'), ['技術解説', 'ai'])).toBe('/技術解説/ai/2025/x/');
  });

  it('drops :categories cleanly when a post has none', () => {
    expect(postPath(sourcePost({ slug: 'x' }), withPattern('/:categories/:year/:slug/'), [])).toBe('/2025/x/');
  });

  it('fills :title with the slug from the file name, as Jekyll does', () => {
    expect(postPath(sourcePost({ slug: '生成AIと著作権', title: '別のタイトル' }), withPattern('/:title/'), [])).toBe('/生成AIと著作権/');
  });

  it('fills :i_month, :i_day, :short_year, :hour, :minute and :second', () => {
    const post = sourcePost({ slug: 'x', date: new Date('2026-02-13T17:08:43Z') });
    expect(postPath(post, withPattern('/:short_year/:i_month/:i_day/:hour:minute:second/:slug.html'), [])).toBe('/26/2/14/020843/x.html');
  });

  it('lets the front matter permalink win over the site pattern', () => {
    expect(postPath(sourcePost({ slug: 'x', permalink: '/news/special/' }), config, [])).toBe('/news/special/');
  });

  it('adds the trailing slash to a permalink without an extension', () => {
    expect(postPath(sourcePost({ permalink: '/about' }), config, [])).toBe('/about/');
  });

  it('keeps a slug with Japanese, space, #, ?, % and & decoded in the site path', () => {
    expect(postPath(sourcePost({ slug: 'AI & 著作権 #1? 100%' }), config, [])).toBe('/2025/12/02/AI & 著作権 #1? 100%/');
  });

  it('never lets a slug add a path segment', () => {
    expect(postPath(sourcePost({ slug: 'a/b\\c' }), config, [])).toBe('/2025/12/02/a-b-c/');
  });
});

describe('postPath with href', () => {
  it('links to a post whose slug holds every awkward character at a URL that decodes back to its path', () => {
    const path = postPath(sourcePost({ slug: '生成AI & 著作権 #1? 100%' }), config, []);
    const link = href({ basePath: '/blog/' }, path);
    expect(link).toBe('/blog/2025/12/02/%E7%94%9F%E6%88%90AI%20%26%20%E8%91%97%E4%BD%9C%E6%A8%A9%20%231%3F%20100%25/');
    expect(new URL(link, 'https://news.example.jp').pathname).toBe(link);
    expect(decodeURIComponent(link.slice('/blog'.length))).toBe(path);
  });
});
