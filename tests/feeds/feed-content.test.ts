import { describe, expect, it } from 'vitest';
import { feedContent } from '../../src/feeds/feed-content.js';

describe('feedContent', () => {
  const config = { url: 'https://news.example.jp' };

  it('removes <wbr> break markers', () => {
    expect(feedContent('<p>生成AIと<wbr>著作権</p>', config)).toBe('<p>生成AIと著作権</p>');
  });

  it('makes root-relative links and images absolute, leaving other URLs alone', () => {
    expect(feedContent('<a href="/blog/x/">a</a><img src="/assets/a.png"><a href="https://e.com/">b</a><a href="//cdn.e.com/">c</a><a href="#fn-1">1</a>', config)).toBe(
      '<a href="https://news.example.jp/blog/x/">a</a><img src="https://news.example.jp/assets/a.png"><a href="https://e.com/">b</a><a href="//cdn.e.com/">c</a><a href="#fn-1">1</a>',
    );
  });
});
