import { h } from 'preact';
import SearchPage from '../../templates/search.js';
import type { SiteIndex } from '../collect/site-index.js';
import { listMeta } from '../pages/meta.js';
import type { PageJob } from '../pages/page-job.js';
import { renderHtml } from '../pages/render-html.js';
import type { SiteContext } from '../pages/types.js';
import { BUNDLE_PATH, SEARCH_PAGE_PATH } from './paths.js';

/** The search page: a form that works as a plain GET, results drawn in the browser by ./client/search.js. */
export function planSearchPage(site: SiteContext, index: SiteIndex): PageJob {
  const meta = listMeta(site, { title: '記事を検索', description: `${site.config.title}の記事を検索`, path: SEARCH_PAGE_PATH });
  return {
    path: SEARCH_PAGE_PATH,
    posts: [],
    render: () =>
      renderHtml(
        h(SearchPage, {
          site,
          // A results page is not content of its own: keep it out of search engines.
          meta: { ...meta, noindex: true },
          bundle: site.href(BUNDLE_PATH),
          categories: index.categories.terms,
          tags: index.tags.terms,
        }),
      ),
  };
}
