/** Site path of the search page; the header's search box submits `?q=` here, and its scripts sit beside it. */
export const SEARCH_PAGE_PATH = '/search/';

/** Site path of the folder the search index and its runtime are written to. */
export const BUNDLE_PATH = '/pagefind/';
