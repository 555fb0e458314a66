import { h } from 'preact';
import { ArchivesPage, ListPage, NotFoundPage, TermsPage } from '../../templates/index.js';
import type { IndexedPost, SiteIndex } from '../collect/site-index.js';
import type { Taxonomy } from '../collect/taxonomy.js';
import { listMeta } from './meta.js';
import type { PageJob } from './page-job.js';
import { paginate } from './paginate.js';
import { renderHtml } from './render-html.js';
import type { SiteContext } from './types.js';

/** Paginated summaries of `indices` under `base`. */
function listJobs(site: SiteContext, index: SiteIndex, indices: readonly number[], base: string, heading: string | null, description: string): PageJob[] {
  const total = indices.length;
  return paginate(indices, site.config.postsPerPage, base).map((slice) => {
    const title = heading ? (slice.page > 1 ? `${heading}（${slice.page}ページ目）` : heading) : slice.page > 1 ? `${slice.page}ページ目` : null;
    return {
      path: slice.path,
      posts: slice.items,
      render: () =>
        renderHtml(
          h(ListPage, {
            site,
            meta: listMeta(site, { title, description, path: slice.path, prev: slice.prev, next: slice.next }),
            heading,
            lead: heading ? `${total}件の記事` : null,
            posts: slice.items.map((i) => index.posts[i] as IndexedPost),
            page: slice.page,
            pages: slice.pages,
            prev: slice.prev,
            next: slice.next,
          }),
        ),
    };
  });
}

function taxonomyJobs(site: SiteContext, index: SiteIndex, taxonomy: Taxonomy, kind: 'tags' | 'categories'): PageJob[] {
  const label = kind === 'tags' ? 'タグ' : 'カテゴリー';
  const base = kind === 'tags' ? '/tags/' : '/categories/';
  const jobs: PageJob[] = [
    {
      path: base,
      posts: [],
      render: () =>
        renderHtml(h(TermsPage, { site, meta: listMeta(site, { title: `${label}一覧`, description: `${site.config.title}の${label}一覧`, path: base }), heading: `${label}一覧`, terms: taxonomy.terms })),
    },
  ];
  for (const term of taxonomy.terms) {
    jobs.push(...listJobs(site, index, term.posts, term.path, `${label}: ${term.name}`, `「${term.name}」の記事一覧`));
  }
  return jobs;
}

/** Home, tag, category and archive lists, the indexes of tags and categories, and the 404 page. */
export function planListPages(site: SiteContext, index: SiteIndex): PageJob[] {
  const all = index.posts.map((_, i) => i);
  const jobs: PageJob[] = [
    ...listJobs(site, index, all, '/', null, site.config.description),
    ...taxonomyJobs(site, index, index.tags, 'tags'),
    ...taxonomyJobs(site, index, index.categories, 'categories'),
    {
      path: '/archives/',
      // Years and months with their counts: no post's own content.
      posts: [],
      render: () => renderHtml(h(ArchivesPage, { site, meta: listMeta(site, { title: 'アーカイブ', description: `${site.config.title}の記事を年と月から`, path: '/archives/' }), years: index.archives, total: index.posts.length })),
    },
    {
      path: '/404.html',
      posts: [],
      render: () => renderHtml(h(NotFoundPage, { site, meta: { ...listMeta(site, { title: 'ページが見つかりません', description: site.config.description, path: '/404.html' }), noindex: true } })),
    },
  ];
  for (const y of index.archives) {
    jobs.push(...listJobs(site, index, y.posts, y.path, `${y.year}年の記事`, `${y.year}年に公開した記事`));
    for (const m of y.months) {
      jobs.push(...listJobs(site, index, m.posts, m.path, `${m.year}年${m.month}月の記事`, `${m.year}年${m.month}月に公開した記事`));
      for (const d of m.days) {
        jobs.push(...listJobs(site, index, d.posts, d.path, `${d.year}年${d.month}月${d.day}日の記事`, `${d.year}年${d.month}月${d.day}日に公開した記事`));
      }
    }
  }
  return jobs;
}
