import Layout from './layout.js';
import type { PageMeta, SiteContext } from '../src/pages/types.js';
import type { Term } from '../src/collect/taxonomy.js';

/** Props of the search page. */
export interface SearchPageProps {
  site: SiteContext;
  meta: PageMeta;
  /** Link to the folder of the search index and its runtime (`/pagefind/` under the base path). */
  bundle: string;
  categories: Term[];
  tags: Term[];
}

/** Options of one filter: every term with its number of posts, the empty value meaning "all". */
function TermOptions({ terms }: { terms: Term[] }) {
  return (
    <>
      <option value="">すべて</option>
      {terms.map((t) => (
        <option value={t.name}>
          {t.name} ({t.posts.length})
        </option>
      ))}
    </>
  );
}

/**
 * The search page. The form is a plain GET to this page (`?q=…&category=…&tag=…`), so links to
 * results can be shared; its script (src/search/client/search.js) reads the query and draws the
 * results in the browser.
 */
export default function SearchPage({ site, meta, bundle, categories, tags }: SearchPageProps) {
  return (
    <Layout site={site} meta={meta}>
      <div class="search" data-search data-bundle={bundle} data-base={site.config.basePath}>
        <header class="list-header">
          <h1>記事を検索</h1>
        </header>
        <form class="search-form" action={site.href('/search/')} method="get" role="search">
          <div class="search-form__query">
            <label class="visually-hidden" for="search-q">
              検索語
            </label>
            <input id="search-q" type="search" name="q" placeholder="例: 半導体、OpenAI、生成AI" autocomplete="off" enterkeyhint="search" />
            <button type="submit">検索</button>
          </div>
          <div class="search-form__filters">
            <label>
              <span>カテゴリー</span>
              <select name="category">
                <TermOptions terms={categories} />
              </select>
            </label>
            <label>
              <span>タグ</span>
              <select name="tag">
                <TermOptions terms={tags} />
              </select>
            </label>
          </div>
        </form>
        <p class="search-status" role="status" aria-live="polite" data-search-status></p>
        <noscript>
          <p class="search-status">
            検索はブラウザーのJavaScriptで動きます。<a href={site.href('/tags/')}>タグ一覧</a>や<a href={site.href('/archives/')}>アーカイブ</a>からも記事を探せます。
          </p>
        </noscript>
        <ol class="search-results" data-search-results></ol>
        <p class="search-more">
          <button type="button" hidden data-search-more>
            さらに表示
          </button>
        </p>
      </div>
      <script type="module" src={site.href('/search/search.js')}></script>
    </Layout>
  );
}
