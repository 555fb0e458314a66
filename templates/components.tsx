import type { ComponentChildren } from 'preact';
import { phrases } from '../src/render/budoux.js';
import type { SiteContext } from '../src/pages/types.js';
import type { IndexedPost } from '../src/collect/site-index.js';
import { isoInZone, japaneseDate } from '../src/util/timezone.js';

/** Japanese text with `<wbr>` between BudouX phrases: titles wrap between phrases, never inside words. */
export function Phrased({ text }: { text: string }) {
  const parts = phrases(text).map(gluePunctuation);
  return <>{parts.map((p, i) => (i === 0 ? p : [<wbr />, p]))}</>;
}

// Punctuation with the character on either side of it inside a phrase: 「ツール呼び出し」を → し」を.
const AROUND_PUNCTUATION = /[^\p{P}\s]?\p{P}+[^\p{P}\s]?/gu;

/**
 * `word-break: keep-all` keeps letters together but still lets browsers break after 」、：・
 * and before 「, inside a phrase. Each punctuation mark and its neighbours go in a
 * `<span class="nb">` (`white-space: nowrap`), so a phrase breaks only at its spaces; the text
 * itself is unchanged (no joiner characters to trip up copy, search or tests).
 */
function gluePunctuation(phrase: string) {
  const out: ComponentChildren[] = [];
  let last = 0;
  for (const m of phrase.matchAll(AROUND_PUNCTUATION)) {
    if (m[0].length < 2) continue;
    if (m.index > last) out.push(phrase.slice(last, m.index));
    out.push(<span class="nb">{m[0]}</span>);
    last = m.index + m[0].length;
  }
  if (last === 0) return phrase;
  if (last < phrase.length) out.push(phrase.slice(last));
  return out;
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
