import type { Page } from 'playwright-core';

/** One result as the search page draws it. */
export interface DrawnResult {
  /** The link, resolved against the page. */
  url: string;
  title: string;
  meta: string;
  /** The excerpt's text, and the texts inside its `<mark>`s. */
  excerpt: string;
  marks: string[];
}

/** What the search page shows for one query once everything is drawn. */
export interface SearchPageState {
  status: string;
  results: DrawnResult[];
}

/** Reads the results of the search page, pressing "さらに表示" until every result is drawn (unless `firstPageOnly`). */
export async function readSearchPage(page: Page, options: { firstPageOnly?: boolean } = {}): Promise<SearchPageState> {
  await page.waitForSelector('[data-search][data-state="done"], [data-search][data-state="error"], [data-search][data-state="idle"]');
  const more = page.locator('[data-search-more]');
  while (!options.firstPageOnly && (await more.isVisible())) {
    await more.click();
    await page.waitForSelector('[data-search][data-state="done"]');
  }
  return page.evaluate(() => ({
    status: document.querySelector('[data-search-status]')?.textContent ?? '',
    results: [...document.querySelectorAll('.search-result')].map((li) => ({
      url: li.querySelector<HTMLAnchorElement>('a')?.href ?? '',
      title: li.querySelector('.search-result__title')?.textContent ?? '',
      meta: li.querySelector('.post-meta')?.textContent ?? '',
      excerpt: li.querySelector('.search-result__excerpt')?.textContent ?? '',
      marks: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
    })),
  }));
}

/** Opens the search page with `?q=` (and filters) as the header's form would, and reads the results. */
export async function searchVia(page: Page, searchPageUrl: string, query: string, filters: { category?: string; tag?: string } = {}): Promise<SearchPageState> {
  const url = new URL(searchPageUrl);
  url.searchParams.set('q', query);
  if (filters.category) url.searchParams.set('category', filters.category);
  if (filters.tag) url.searchParams.set('tag', filters.tag);
  await page.goto(url.href);
  return readSearchPage(page);
}

/**
 * Every result of a query, found by the search page's own code (src/search/client/find.js) but
 * without drawing anything: decoded URL paths, best first. For measuring large sites.
 */
export function engineSearch(page: Page, siteUrl: string, query: string): Promise<string[]> {
  return page.evaluate(
    async ({ siteUrl, query }) => {
      const pagefind = await import(/* @vite-ignore */ `${siteUrl}pagefind/pagefind.js`);
      const { findPosts } = await import(/* @vite-ignore */ `${siteUrl}search/find.js`);
      const results: Array<{ data: () => Promise<{ url: string }> }> = await findPosts(pagefind, query, {});
      const data = await Promise.all(results.map((r) => r.data()));
      return data.map((d) => decodeURIComponent(new URL(d.url, location.href).pathname));
    },
    { siteUrl, query },
  );
}
