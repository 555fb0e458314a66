import { describe, expect, it } from 'vitest';
import { pagePath, paginate } from '../../src/pages/paginate.js';

describe('paginate', () => {
  it('splits 8 items into pages of 3, 3 and 2 with their paths and neighbours', () => {
    const pages = paginate([1, 2, 3, 4, 5, 6, 7, 8], 3, '/');
    expect(pages.map((p) => [p.page, p.items, p.path, p.prev, p.next])).toEqual([
      [1, [1, 2, 3], '/', null, '/page/2/'],
      [2, [4, 5, 6], '/page/2/', '/', '/page/3/'],
      [3, [7, 8], '/page/3/', '/page/2/', null],
    ]);
    expect(pages.every((p) => p.pages === 3)).toBe(true);
  });

  it('makes exactly one page when the items fill it', () => {
    expect(paginate([1, 2, 3], 3, '/tags/ai/').map((p) => p.path)).toEqual(['/tags/ai/']);
  });

  it('makes a second page for one item more than fits', () => {
    expect(paginate([1, 2, 3, 4], 3, '/tags/ai/').map((p) => p.items)).toEqual([[1, 2, 3], [4]]);
  });

  it('still makes one empty page for an empty list', () => {
    expect(paginate([], 3, '/')).toEqual([{ page: 1, pages: 1, items: [], path: '/', prev: null, next: null }]);
  });

  it('puts page N under the list’s own path', () => {
    expect(pagePath('/tags/生成ai/', 2)).toBe('/tags/生成ai/page/2/');
    expect(pagePath('/tags/生成ai/', 1)).toBe('/tags/生成ai/');
  });
});
