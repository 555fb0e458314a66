import Layout from './layout.js';
import type { PageMeta, SiteContext } from '../src/pages/types.js';

/** The site's 404 page. */
export default function NotFoundPage({ site, meta }: { site: SiteContext; meta: PageMeta }) {
  return (
    <Layout site={site} meta={meta}>
      <header class="list-header">
        <h1>ページが見つかりません</h1>
      </header>
      <p>お探しのページは移動または削除された可能性があります。</p>
      <p>
        <a href={site.href('/')}>トップページ</a>または<a href={site.href('/archives/')}>アーカイブ</a>から記事をお探しください。
      </p>
    </Layout>
  );
}
