import Layout from './layout.js';
import { Phrased, PostDate, TermLinks } from './components.js';
import { japaneseDate } from '../src/util/timezone.js';
import type { PageMeta, SiteContext } from '../src/pages/types.js';
import type { IndexedPost } from '../src/collect/site-index.js';

/** Props of the post template. */
export interface PostPageProps {
  site: SiteContext;
  meta: PageMeta;
  post: IndexedPost;
  older: IndexedPost | null;
  newer: IndexedPost | null;
  related: IndexedPost[];
  /** True when the post is only shown because drafts or future posts are included (dev server). */
  unpublished: { draft: boolean; future: boolean };
}

/** A post: title, date, author, categories and tags, reading time, body, neighbours, related posts. */
export default function PostPage({ site, meta, post, older, newer, related, unpublished }: PostPageProps) {
  const s = post.source;
  return (
    <Layout site={site} meta={meta}>
      {/* Search indexes the three `data-pagefind-body` parts: title, body, terms (src/search/README.md). */}
      <article class="post" data-pagefind-meta={`date:${japaneseDate(s.date, site.config.timezone)}`} data-pagefind-sort={`date:${s.date.toISOString()}`}>
        <header class="post-header">
          {unpublished.draft || unpublished.future ? (
            <p class="unpublished-banner" role="note">
              {unpublished.draft ? '下書き: 公開されていません。' : ''}
              {unpublished.future ? '予約投稿: 公開日時前です。' : ''}
            </p>
          ) : null}
          {post.categories[0] ? (
            <p class="post-category">
              <a href={site.href(post.categories[0].path)}>{post.categories[0].name}</a>
            </p>
          ) : null}
          <h1 class="post-title phrased" data-pagefind-body data-pagefind-meta={`title:${s.title}`}>
            <Phrased text={s.title} />
          </h1>
          <p class="post-meta">
            <PostDate site={site} date={s.date} />
            {s.updated ? (
              <>
                {' （更新: '}
                <PostDate site={site} date={s.updated} />
                {'）'}
              </>
            ) : null}
            {' · '}
            <span class="post-author">{s.author}</span>
            {' · '}
            <span class="reading-time">約{post.readingMinutes}分で読めます</span>
          </p>
          <TermLinks site={site} terms={post.categories} className="post-categories" />
        </header>
        <div class="post-body phrased" data-pagefind-body dangerouslySetInnerHTML={{ __html: post.body.html }} />
        {/* Never shown: categories, tags and author as search words and filters, in plain text. */}
        <ul hidden data-pagefind-body>
          {post.categories.map((c) => (
            <li data-pagefind-filter={`category:${c.name}`}>{c.name}</li>
          ))}
          {post.tags.map((t) => (
            <li data-pagefind-filter={`tag:${t.name}`}>{t.name}</li>
          ))}
          <li>{s.author}</li>
        </ul>
        <footer class="post-footer">
          {post.tags.length > 0 ? (
            <>
              <h2 class="visually-hidden">タグ</h2>
              <TermLinks site={site} terms={post.tags} className="post-tags" />
            </>
          ) : null}
          <nav class="post-nav" aria-label="前後の記事">
            {older ? (
              <a class="post-nav__older" rel="prev" href={site.href(older.path)}>
                <span class="post-nav__label">← 前の記事</span>
                <Phrased text={older.source.title} />
              </a>
            ) : <span />}
            {newer ? (
              <a class="post-nav__newer" rel="next" href={site.href(newer.path)}>
                <span class="post-nav__label">次の記事 →</span>
                <Phrased text={newer.source.title} />
              </a>
            ) : <span />}
          </nav>
        </footer>
      </article>
      {related.length > 0 ? (
        <section class="related-posts" aria-labelledby="related-heading">
          <h2 id="related-heading">関連記事</h2>
          <ul>
            {related.map((r) => (
              <li>
                <a href={site.href(r.path)} class="phrased">
                  <Phrased text={r.source.title} />
                </a>
                <PostDate site={site} date={r.source.date} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}
