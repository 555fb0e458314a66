import { describe, expect, it } from 'vitest';
import { WarningFilter } from '../../src/dev/warning-filter.js';
import { error, warning } from '../../src/report/diagnostic.js';

describe('WarningFilter', () => {
  it('reports every error, and a warning only the first time it appears', () => {
    const filter = new WarningFilter();
    const old = warning('posts/a.md', { line: 3, column: 1 }, 'citation-marker', 'Citation marker left in');
    const broken = error('posts/b.md', { line: 2, column: 1 }, 'front-matter-yaml', 'Front matter is not valid YAML');
    expect(filter.filter([old, broken])).toEqual({ shown: [old, broken], warnings: 1 });
    // The same warning again, even as a new object (its post was re-rendered), is not news.
    const again = { ...old };
    const fresh = warning('posts/a.md', { line: 9, column: 1 }, 'repeated-sentence', 'Sentence repeated');
    expect(filter.filter([again, fresh, broken])).toEqual({ shown: [fresh, broken], warnings: 2 });
    // Fixed and then back: news again.
    expect(filter.filter([broken]).shown).toEqual([broken]);
    expect(filter.filter([old]).shown).toEqual([old]);
  });
});
