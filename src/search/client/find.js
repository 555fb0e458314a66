// The search itself, shared by the search page (./search.js) and the precision measurement
// (tests/search/evaluate.ts): a reader's query in, the matching Pagefind results out.
import { containsTerms, planQuery } from './text.js';

/**
 * Finds the posts that contain every word of `input` (NFKC, split as the index was), with the
 * words typed as one standing side by side; `filters` narrows to a category or tag. An empty
 * query with a filter lists every post under it. Results come best first, data not yet loaded.
 *
 * @param {any} pagefind the loaded `pagefind.js` module
 * @param {string} input what the reader typed
 * @param {Record<string, string>} filters
 * @returns {Promise<Array<{ id: string, score: number, data: () => Promise<any> }>>}
 */
export async function findPosts(pagefind, input, filters) {
  const plan = planQuery(input);
  const query = plan.terms.join(' ');
  if (!query && Object.keys(filters).length === 0) return [];
  // Every word must be there: Pagefind's own rule for several words. A filter alone lists its
  // posts newest first (the `date` sort key of templates/post.tsx); a query, best match first.
  const response = await pagefind.search(query || null, query ? { filters } : { filters, sort: { date: 'desc' } });
  if (!response) return [];
  // Words typed as one (`生成AI`) must also stand side by side, which Pagefind checks for a quoted phrase.
  const phrases = await Promise.all(plan.phrases.map((words) => pagefind.search(`"${words.join(' ')}"`, { filters })));
  const adjacent = phrases.map((found) => new Set((found?.results ?? []).map((/** @type {{ id: string }} */ r) => r.id)));
  const results = response.results.filter((/** @type {{ id: string }} */ r) => adjacent.every((ids) => ids.has(r.id)));
  // For a word in no page, Pagefind returns pages with a shorter word that begins it (`Europe`
  // → `EU`): then no result has all the words, so the first one tells. It is drawn first anyway.
  if (results.length > 0 && !containsTerms((await results[0].data()).content, plan.terms)) return [];
  return results;
}
