import Layout from './layout.js';
import type { PageMeta, SiteContext } from '../src/pages/types.js';
import type { ArchiveYear } from '../src/collect/archives.js';

/** Props of the archive index. */
export interface ArchivesPageProps {
  site: SiteContext;
  meta: PageMeta;
  years: ArchiveYear[];
  /** Number of posts on the site. */
  total: number;
}

/**
 * Every year and month with its number of posts, newest first, each linking to its list. Not
 * every post: at thousands of posts that page would weigh megabytes on a phone, and the month
 * lists (paginated, with excerpts) already show them all.
 */
export default function ArchivesPage({ site, meta, years, total }: ArchivesPageProps) {
  return (
    <Layout site={site} meta={meta}>
      <header class="list-header">
        <h1>アーカイブ</h1>
        <p class="list-lead">全{total}件</p>
      </header>
      {years.map((y) => (
        <section class="archive-year">
          <h2>
            <a href={site.href(y.path)}>{y.year}年</a> <span class="count">({y.posts.length})</span>
          </h2>
          <ul class="archive-months">
            {y.months.map((m) => (
              <li>
                <a href={site.href(m.path)}>{m.month}月</a> <span class="count">({m.posts.length})</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}
