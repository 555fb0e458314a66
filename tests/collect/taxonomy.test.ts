import { describe, expect, it } from 'vitest';
import { collectTaxonomy, slugifyTerm, termKey } from '../../src/collect/taxonomy.js';
import type { Diagnostic } from '../../src/report/diagnostic.js';
import { testConfig } from '../helpers/config.js';
import { sourcePost } from '../helpers/posts.js';

const config = testConfig();

/** Tags of posts given as lists of tag names (post i is `posts/p<i>.md`). */
function tagsOf(lists: string[][], cfg = config) {
  const diagnostics: Diagnostic[] = [];
  const posts = lists.map((tags, i) => sourcePost({ slug: `p${i}`, file: `posts/p${i}.md`, tags, keyLines: { tags: 4 } }));
  return { taxonomy: collectTaxonomy(posts, 'tags', cfg, diagnostics), diagnostics };
}

/** Characters that break a path segment on some static host, or need encoding twice. */
const UNSAFE = /[\s/\\?#%+<>&"'`|^{}[\]:;,=!*$@]/;

describe('termKey', () => {
  it('makes full-width ＡＩ and AI one term', () => {
    expect(termKey('ＡＩ')).toBe(termKey('AI'));
  });

  it('ignores case and surrounding space', () => {
    expect(termKey(' OpenAI ')).toBe(termKey('openai'));
  });
});

describe('slugifyTerm', () => {
  it('spells out C++', () => {
    expect(slugifyTerm('C++')).toBe('c-plus-plus');
  });

  it('turns the slash of AI/ML into a hyphen, so it stays one segment', () => {
    expect(slugifyTerm('AI/ML')).toBe('ai-ml');
  });

  it('spells out # and keeps Japanese in C#入門', () => {
    const slug = slugifyTerm('C#入門');
    expect(slug).toMatch(/^c-sharp-?入門$/);
  });

  it.each(['a<b', 'なぜ?', '100%', 'C+', 'Q&A', '生成 AI', 'x"y', 'a#b?c%d+e f<g>'])('gives %s a slug with no character that breaks a URL or a static host', (name) => {
    const slug = slugifyTerm(name);
    expect(slug).not.toMatch(UNSAFE);
    expect(slug.length).toBeGreaterThan(0);
    expect(encodeURIComponent(slug)).toBe(encodeURI(slug));
  });

  it('gives C+ and C different slugs', () => {
    expect(slugifyTerm('C+')).not.toBe(slugifyTerm('C'));
  });

  it('never returns an empty slug', () => {
    expect(slugifyTerm('???')).not.toBe('');
  });

  it('keeps Japanese as it is (links percent-encode it)', () => {
    expect(slugifyTerm('生成AI')).toBe('生成ai');
  });
});

describe('collectTaxonomy', () => {
  it('merges ＡＩ and AI into one term', () => {
    const { taxonomy } = tagsOf([['ＡＩ'], ['AI'], ['AI']]);
    expect(taxonomy.terms).toHaveLength(1);
    expect(taxonomy.terms[0]).toMatchObject({ name: 'AI', slug: 'ai', path: '/tags/ai/', posts: [0, 1, 2] });
  });

  it('merges openai and OpenAI and shows the spelling most posts use', () => {
    const { taxonomy } = tagsOf([['openai'], ['OpenAI'], ['OpenAI'], ['OPENAI']]);
    expect(taxonomy.terms.map((t) => t.name)).toEqual(['OpenAI']);
    expect(taxonomy.terms[0]?.posts).toEqual([0, 1, 2, 3]);
  });

  it('counts a tag once per post even when a post repeats it in another spelling', () => {
    const { taxonomy } = tagsOf([['AI', 'ai', 'ＡＩ']]);
    expect(taxonomy.terms[0]?.posts).toEqual([0]);
  });

  it('gives two names that slugify alike two different pages', () => {
    const { taxonomy } = tagsOf([['C++'], ['c plus plus']]);
    const slugs = taxonomy.terms.map((t) => t.slug);
    expect(new Set(slugs).size).toBe(2);
  });

  it('sorts terms by name whatever the post order', () => {
    const a = tagsOf([['生成AI', 'EU'], ['AI']]).taxonomy.terms.map((t) => t.name);
    const b = tagsOf([['AI'], ['EU', '生成AI']]).taxonomy.terms.map((t) => t.name);
    expect(a).toEqual(b);
    expect(a).toEqual([...a].sort());
  });

  it('uses the slugs of taxonomySlugs, matched by term identity', () => {
    const { taxonomy, diagnostics } = tagsOf([['生成AI'], ['ＡＩ']], testConfig({ taxonomySlugs: { 生成ai: 'generative-ai', AI: 'ai' } }));
    expect(diagnostics).toEqual([]);
    expect(taxonomy.terms.map((t) => t.path).sort()).toEqual(['/tags/ai/', '/tags/generative-ai/']);
  });

  it('reports a name missing from taxonomySlugs as an error naming the post and its tags: line', () => {
    const { diagnostics } = tagsOf([['AI'], ['規制']], testConfig({ taxonomySlugs: { AI: 'ai' } }));
    expect(diagnostics).toEqual([expect.objectContaining({ file: 'posts/p1.md', line: 4, severity: 'error', ruleId: 'taxonomy-slug' })]);
    expect(diagnostics[0]?.message).toContain('規制');
  });
});
