import Layout from './layout.js';
import { Phrased, PostDate } from './components.js';
import type { PageMeta, SiteContext } from '../src/pages/types.js';
import type { ArchiveYear } from '../src/collect/archives.js';
import type { IndexedPost } from '../src/collect/site-index.js';

/** Props of the archive index. */
export interface ArchivesPageProps {
  site: SiteContext;
  meta: PageMeta;
  years: ArchiveYear[];
  posts: IndexedPost[];
}

/** Every post, grouped by year and month, newest first. */
export default function ArchivesPage({ site, meta, years, posts }: ArchivesPageProps) {
  return (
    <Layout site={site} meta={meta}>
      <header class="list-header">
        <h1>アーカイブ</h1>
        <p class="list-lead">全{posts.length}件</p>
      </header>
      {years.map((y) => (
        <section class="archive-year">
          <h2>
            <a href={site.href(y.path)}>{y.year}年</a>
          </h2>
          {y.months.map((m) => (
            <section class="archive-month">
              <h3>
                <a href={site.href(m.path)}>
                  {y.year}年{m.month}月
                </a>{' '}
                <span class="count">({m.posts.length})</span>
              </h3>
              <ul class="archive-list">
                {m.posts.map((i) => {
                  const p = posts[i] as IndexedPost;
                  return (
                    <li>
                      <PostDate site={site} date={p.source.date} />{' '}
                      <a href={site.href(p.path)}>
                        <Phrased text={p.source.title} />
                      </a>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </Layout>
  );
}
