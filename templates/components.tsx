import type { ComponentChildren } from 'preact';
import { phrases } from '../src/render/budoux.js';
import type { SiteContext } from '../src/pages/types.js';
import type { IndexedPost } from '../src/collect/site-index.js';
import { isoInZone, japaneseDate } from '../src/util/timezone.js';

/** Japanese text with `<wbr>` between BudouX phrases: titles wrap between phrases, never inside words. */
export function Phrased({ text }: { text: string }) {
  const parts = phrases(text);
  return <>{parts.map((p, i) => (i === 0 ? p : [<wbr />, p]))}</>;
}

/** A date as `2025年12月3日` inside `<time datetime>` with the site's offset. */
export function PostDate({ site, date }: { site: SiteContext; date: Date }) {
  return <time datetime={isoInZone(date, site.config.timezone)}>{japaneseDate(date, site.config.timezone)}</time>;
}

/** Linked tag or category names. */
export function TermLinks({ site, terms, className }: { site: SiteContext; terms: IndexedPost['tags']; className: string }) {
  if (terms.length === 0) return null;
  return (
    <ul class={className}>
      {terms.map((t) => (
        <li>
          <a href={site.href(t.path)}>{t.name}</a>
        </li>
      ))}
    </ul>
  );
}

/** One post in a list: title, date, category and excerpt. */
export function PostSummary({ site, post }: { site: SiteContext; post: IndexedPost }) {
  return (
    <article class="post-summary">
      <h2 class="post-summary__title phrased">
        <a href={site.href(post.path)}>
          <Phrased text={post.source.title} />
        </a>
      </h2>
      <p class="post-meta">
        <PostDate site={site} date={post.source.date} />
        {post.categories[0] ? (
          <>
            {' · '}
            <a href={site.href(post.categories[0].path)}>{post.categories[0].name}</a>
          </>
        ) : null}
        {post.source.draft ? <span class="badge">下書き</span> : null}
      </p>
      <p class="post-summary__excerpt phrased">
        <Phrased text={post.excerpt} />
      </p>
    </article>
  );
}

/** Previous/next links of a paginated list. */
export function Pagination({ site, prev, next, page, pages }: { site: SiteContext; prev: string | null; next: string | null; page: number; pages: number }) {
  if (pages <= 1) return null;
  return (
    <nav class="pagination" aria-label="ページ送り">
      {prev ? <a rel="prev" href={site.href(prev)}>← 新しい記事</a> : <span />}
      <span class="pagination__count">
        {page} / {pages}
      </span>
      {next ? <a rel="next" href={site.href(next)}>過去の記事 →</a> : <span />}
    </nav>
  );
}

/** A titled section wrapper. */
export function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section>
      <h2>{title}</h2>
      {children}
    </section>
  );
}
