import { describe, expect, it } from 'vitest';
import { absoluteUrl, encodePath, href, outputPathFor } from '../../src/util/url.js';

describe('encodePath', () => {
  it.each([
    ['/2026/03/10/生成AIと著作権/', '/2026/03/10/%E7%94%9F%E6%88%90AI%E3%81%A8%E8%91%97%E4%BD%9C%E6%A8%A9/'],
    ['/2026/05/01/chips & power/', '/2026/05/01/chips%20%26%20power/'],
    ['/news/what?#100%/', '/news/what%3F%23100%25/'],
    ['/tags/c-plus-plus/', '/tags/c-plus-plus/'],
  ])('encodes %s once per segment', (decoded, encoded) => {
    expect(encodePath(decoded)).toBe(encoded);
    expect(decodeURIComponent(encodePath(decoded))).toBe(decoded);
  });

  it('encodes a % that is already followed by hex digits again, so %20 in a slug stays literal', () => {
    expect(encodePath('/a%20b/')).toBe('/a%2520b/');
  });
});

describe('href', () => {
  it('puts the base path in front of the encoded path exactly once', () => {
    expect(href({ basePath: '/blog/' }, '/2026/05/01/chips & power/')).toBe('/blog/2026/05/01/chips%20%26%20power/');
    expect(href({ basePath: '/blog/' }, '/')).toBe('/blog/');
    expect(href({ basePath: '/' }, '/news/what?#100%/')).toBe('/news/what%3F%23100%25/');
  });
});

describe('absoluteUrl', () => {
  it('joins the origin, the base path and the encoded path', () => {
    expect(absoluteUrl({ url: 'https://news.example.jp', basePath: '/blog/' }, '/tags/生成ai/')).toBe('https://news.example.jp/blog/tags/%E7%94%9F%E6%88%90ai/');
  });
});

describe('outputPathFor', () => {
  it('maps a page path to its index.html and keeps file paths', () => {
    expect(outputPathFor('/')).toBe('index.html');
    expect(outputPathFor('/2026/05/01/chips & power/')).toBe('2026/05/01/chips & power/index.html');
    expect(outputPathFor('/feed.xml')).toBe('feed.xml');
    expect(outputPathFor('/404.html')).toBe('404.html');
  });
});
