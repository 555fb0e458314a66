import { describe, expect, it } from 'vitest';
import { toSitePath } from '../../../src/check/util/site-path.js';
import { testConfig } from '../helpers.js';

describe('toSitePath', () => {
  const config = testConfig();

  it('decodes the path and drops query and fragment', () => {
    expect(toSitePath('/2025/12/03/%E6%97%A5%E6%9C%AC/?utm=x#top', config)).toBe('/2025/12/03/日本/');
  });

  it('treats absolute URLs of the site itself as site paths', () => {
    expect(toSitePath('https://news.example.jp/about/', config)).toBe('/about/');
  });

  it('strips the base path', () => {
    expect(toSitePath('/blog/2025/12/03/x/', { ...config, basePath: '/blog/' })).toBe('/2025/12/03/x/');
  });

  it.each(['https://example.com/a/', '//cdn.example.com/x.png', '#top', 'mailto:a@example.jp', 'images/x.png', ''])('ignores "%s"', (url) => {
    expect(toSitePath(url, config)).toBeNull();
  });

  it('keeps a path with a stray % as written', () => {
    expect(toSitePath('/100%/', config)).toBe('/100%/');
  });
});
