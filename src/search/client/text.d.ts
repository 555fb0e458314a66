/** Types of ./text.js, which the search page loads as it is. */

/** NFKC, for indexed text and queries alike. */
export function normalizeText(text: string): string;

/** Offsets in `text` where a word meets Japanese and a space must go. */
export function wordBreaks(text: string): number[];

/** A space at every word boundary that touches Japanese. */
export function splitWords(text: string): string;

/** The index words of a query, and the runs of them that must stand side by side. */
export function planQuery(query: string): { terms: string[]; phrases: string[][] };

/** True when every term starts a word, or a part of one, of a page's indexed text. */
export function containsTerms(content: string, terms: string[]): boolean;

/** A Pagefind excerpt with the index's spaces and `. ` taken out of Japanese. */
export function readableExcerpt(excerpt: string): string;
