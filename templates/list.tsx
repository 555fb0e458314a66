import Layout from './layout.js';
import { Pagination, PostSummary } from './components.js';
import type { PageMeta, SiteContext } from '../src/pages/types.js';
import type { IndexedPost } from '../src/collect/site-index.js';

/** Props of a paginated list of posts: home, tag, category and date archive pages. */
export interface ListPageProps {
  site: SiteContext;
  meta: PageMeta;
  /** Heading of the list, or null on the home page. */
  heading: string | null;
  /** A line under the heading, e.g. the number of posts. */
  lead: string | null;
  posts: IndexedPost[];
  page: number;
  pages: number;
  prev: string | null;
  next: string | null;
}

/** A page of post summaries with pagination. */
export default function ListPage({ site, meta, heading, lead, posts, page, pages, prev, next }: ListPageProps) {
  return (
    <Layout site={site} meta={meta}>
      {heading ? (
        <header class="list-header">
          <h1>{heading}</h1>
          {lead ? <p class="list-lead">{lead}</p> : null}
        </header>
      ) : (
        <h1 class="visually-hidden">{site.config.title}</h1>
      )}
      {posts.length === 0 ? <p>記事はまだありません。</p> : posts.map((post) => <PostSummary site={site} post={post} />)}
      <Pagination site={site} prev={prev} next={next} page={page} pages={pages} />
    </Layout>
  );
}
