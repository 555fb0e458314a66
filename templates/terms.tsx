import Layout from './layout.js';
import type { PageMeta, SiteContext } from '../src/pages/types.js';
import type { Term } from '../src/collect/taxonomy.js';

/** Props of the index of all tags or all categories. */
export interface TermsPageProps {
  site: SiteContext;
  meta: PageMeta;
  heading: string;
  terms: Term[];
}

/** Every tag (or category) with its number of posts. */
export default function TermsPage({ site, meta, heading, terms }: TermsPageProps) {
  return (
    <Layout site={site} meta={meta}>
      <header class="list-header">
        <h1>{heading}</h1>
        <p class="list-lead">{terms.length}件</p>
      </header>
      <ul class="term-cloud">
        {terms.map((t) => (
          <li>
            <a href={site.href(t.path)}>
              {t.name} <span class="count">({t.posts.length})</span>
            </a>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
