import { parseHTML } from 'linkedom';
import type { SiteIndex } from '../../../src/collect/site-index.js';

const JAPANESE = String.raw`[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]`;
const SPACE_BY_JAPANESE = new RegExp(String.raw`[ \t]+(?=${JAPANESE})|(?<=${JAPANESE})[ \t]+`, 'gu');

/** What a reader would call the text of a post: title, body, categories, tags and author, NFKC. */
export interface OraclePost {
  /** Decoded site path. */
  path: string;
  text: string;
}

/** The searchable text of every post, taken from the site index, not from what was indexed. */
export function oraclePosts(site: SiteIndex): OraclePost[] {
  return site.posts.map((post) => {
    // A line break after each block: words of two paragraphs or list items are not one phrase.
    const html = post.body.html.replace(/<\/(?:p|li|h[1-6]|td|th|div|dt|dd|blockquote|pre|figcaption)>|<br\s*\/?>/gi, '$&\n');
    const body = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body.textContent ?? '';
    const parts = [post.source.title, body, ...post.categories.map((c) => c.name), ...post.tags.map((t) => t.name), post.source.author];
    // Spacing around Latin words in Japanese is a matter of style: `生成 AI` is `生成AI`.
    const text = parts.join('\n').replace(/\u00ad/g, '').normalize('NFKC').replace(SPACE_BY_JAPANESE, '');
    return { path: post.path, text };
  });
}

/**
 * True when `text` contains every word of `query` (NFKC, split at spaces). A Japanese word
 * matches anywhere (`半導体` in `半導体メーカー`); a Latin word must start a word or a camel-case
 * part (`ai` in `AI規制` and `OpenAI`, not in `daily`), as a reader of an index would expect.
 */
export function containsQuery(text: string, query: string): boolean {
  const lower = text.toLowerCase();
  return query
    .normalize('NFKC')
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => containsWord(text, lower, word.toLowerCase()));
}

function containsWord(text: string, lower: string, word: string): boolean {
  if (!/^[a-z0-9]/.test(word)) return lower.includes(word);
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
    const before = text[at - 1] ?? ' ';
    if (!/[A-Za-z0-9]/.test(before)) return true;
    if (/[a-z]/.test(before) && /[A-Z]/.test(text[at] ?? '')) return true;
  }
  return false;
}

/** Site paths of the posts that contain the query, sorted. */
export function expectedPaths(posts: readonly OraclePost[], query: string): string[] {
  return posts
    .filter((p) => containsQuery(p.text, query))
    .map((p) => p.path)
    .sort();
}
