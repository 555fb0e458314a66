import type { ResolvedConfig } from '../config/types.js';
import type { SourcePost } from '../load/types.js';
import { error, type Diagnostic } from '../report/diagnostic.js';

/** One tag or category with its page and its posts. */
export interface Term {
  /** Identity: NFKC, trimmed, lower-cased (`ＡＩ`, `ai` and `AI` are one term). */
  key: string;
  /** Display name: the spelling most posts use. */
  name: string;
  /** One URL path segment, safe on every static host. */
  slug: string;
  /** Decoded site path of the term's first page, e.g. `/tags/生成ai/`. */
  path: string;
  /** Indices of its posts in the site's post order (newest first). */
  posts: number[];
}

/** Tags or categories of a whole site, in a stable order. */
export interface Taxonomy {
  /** Terms sorted by name. */
  terms: Term[];
  byKey: Map<string, Term>;
}

/** The identity of a tag or category name. */
export function termKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * A URL path segment for a term: Japanese stays (links percent-encode it), and characters
 * that break on some hosts are spelled out (`C++` → `c-plus-plus`, `C#入門` → `c-sharp-入門`,
 * `AI/ML` → `ai-ml`); S3-style hosts read `+` as a space, so it never appears.
 */
export function slugifyTerm(name: string): string {
  const slug = termKey(name)
    .replace(/\+/g, '-plus-')
    .replace(/#/g, '-sharp-')
    .replace(/&/g, '-and-')
    .replace(/@/g, '-at-')
    .replace(/[\s/\\?%<>"'`|^{}[\]:;,=!*$]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return slug || 'term';
}

/**
 * Groups posts by tag (or category): merges NFKC and case variants, shows the most used
 * spelling, and gives each term one slug (from `taxonomySlugs` when configured).
 */
export function collectTaxonomy(
  posts: readonly SourcePost[],
  field: 'tags' | 'categories',
  config: ResolvedConfig,
  diagnostics: Diagnostic[],
): Taxonomy {
  const spellings = new Map<string, Map<string, number>>();
  const postsOf = new Map<string, number[]>();
  posts.forEach((post, index) => {
    const seen = new Set<string>();
    for (const raw of post[field]) {
      const key = termKey(raw);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const display = raw.normalize('NFKC').trim().replace(/\s+/g, ' ');
      const counts = spellings.get(key) ?? new Map<string, number>();
      counts.set(display, (counts.get(display) ?? 0) + 1);
      spellings.set(key, counts);
      const list = postsOf.get(key);
      if (list) list.push(index);
      else postsOf.set(key, [index]);
    }
  });
  const configured = config.taxonomySlugs ? new Map(Object.entries(config.taxonomySlugs).map(([k, v]) => [termKey(k), v])) : null;
  const base = field === 'tags' ? 'tags' : 'categories';
  const usedSlugs = new Map<string, string>();
  const terms: Term[] = [];
  for (const key of [...spellings.keys()].sort()) {
    const counts = [...(spellings.get(key) as Map<string, number>)].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const name = (counts[0] as [string, number])[0];
    let slug = configured ? configured.get(key) : slugifyTerm(name);
    if (!slug) {
      const first = posts[(postsOf.get(key) as number[])[0] as number] as SourcePost;
      diagnostics.push(
        error(first.file, { line: first.keyLines[field] ?? 1, column: 1 }, 'taxonomy-slug', `${field === 'tags' ? 'Tag' : 'Category'} "${name}" has no slug in taxonomySlugs`, `Add "${name}": "some-ascii-slug" to taxonomySlugs in site.config.ts.`),
      );
      slug = slugifyTerm(name);
    }
    // Two names that slugify alike (`C++` vs `c plus plus`) still get two pages.
    let unique = slug;
    for (let n = 2; usedSlugs.has(unique) && usedSlugs.get(unique) !== key; n++) unique = `${slug}-${n}`;
    usedSlugs.set(unique, key);
    terms.push({ key, name, slug: unique, path: `/${base}/${unique}/`, posts: postsOf.get(key) as number[] });
  }
  terms.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { terms, byKey: new Map(terms.map((t) => [t.key, t])) };
}
