import type { ComponentChildren } from 'preact';
import { serializeJsonLd } from '../src/pages/json-ld.js';
import type { PageMeta, SiteContext } from '../src/pages/types.js';

/** The `<head>` meta every page carries: title, description, canonical, Open Graph, Twitter, feeds, JSON-LD. */
function Head({ site, meta }: { site: SiteContext; meta: PageMeta }) {
  const { config } = site;
  const canonical = site.abs(meta.path);
  return (
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{meta.title}</title>
      <meta name="description" content={meta.description} />
      <link rel="canonical" href={canonical} />
      {meta.noindex ? <meta name="robots" content="noindex" /> : null}
      {meta.prevPath ? <link rel="prev" href={site.abs(meta.prevPath)} /> : null}
      {meta.nextPath ? <link rel="next" href={site.abs(meta.nextPath)} /> : null}
      <meta name="color-scheme" content="light dark" />
      <link rel="stylesheet" href={site.href('/assets/css/style.css')} />
      <link rel="icon" href={site.href('/assets/favicon.svg')} type="image/svg+xml" />
      <link rel="alternate" type="application/atom+xml" title={`${config.title} (Atom)`} href={site.href('/feed.xml')} />
      <link rel="alternate" type="application/rss+xml" title={`${config.title} (RSS)`} href={site.href('/rss.xml')} />
      {(meta.feeds ?? []).map((f) => (
        <link rel="alternate" type={f.type} title={f.title} href={site.href(f.path)} />
      ))}
      <meta property="og:site_name" content={config.title} />
      <meta property="og:title" content={meta.ogTitle} />
      <meta property="og:description" content={meta.description} />
      <meta property="og:url" content={canonical} />
      <meta property="og:type" content={meta.ogType} />
      <meta property="og:locale" content={config.locale} />
      {meta.image ? (
        <>
          <meta property="og:image" content={meta.image.url} />
          {meta.image.width ? <meta property="og:image:width" content={String(meta.image.width)} /> : null}
          {meta.image.height ? <meta property="og:image:height" content={String(meta.image.height)} /> : null}
          <meta property="og:image:alt" content={meta.image.alt} />
        </>
      ) : null}
      {meta.article ? (
        <>
          <meta property="article:published_time" content={meta.article.published} />
          <meta property="article:modified_time" content={meta.article.modified} />
          {meta.article.section ? <meta property="article:section" content={meta.article.section} /> : null}
          {meta.article.tags.map((t) => (
            <meta property="article:tag" content={t} />
          ))}
        </>
      ) : null}
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={meta.ogTitle} />
      <meta name="twitter:description" content={meta.description} />
      {meta.image ? <meta name="twitter:image" content={meta.image.url} /> : null}
      {meta.jsonLd ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(meta.jsonLd) }} /> : null}
    </head>
  );
}

/** The frame of every page: head, site header with navigation, main content, footer. */
export default function Layout({ site, meta, children }: { site: SiteContext; meta: PageMeta; children: ComponentChildren }) {
  const { config } = site;
  return (
    <html lang={config.lang}>
      <Head site={site} meta={meta} />
      <body>
        <a class="skip-link" href="#main">本文へ移動</a>
        <header class="site-header">
          <div class="container site-header__inner">
            <a class="site-title" href={site.href('/')}>
              {config.title}
            </a>
            <nav class="site-nav" aria-label="サイト">
              <a href={site.href('/archives/')}>アーカイブ</a>
              <a href={site.href('/categories/')}>カテゴリー</a>
              <a href={site.href('/tags/')}>タグ</a>
              <a href={site.href('/feed.xml')}>フィード</a>
            </nav>
            {/* A plain GET to the search page: works before (and without) its script. */}
            <form class="site-search" action={site.href('/search/')} method="get" role="search">
              <input type="search" name="q" placeholder="記事を検索" aria-label="記事を検索" enterkeyhint="search" />
              <button type="submit">検索</button>
            </form>
          </div>
        </header>
        <main id="main" class="container">
          {children}
        </main>
        <footer class="site-footer">
          <div class="container">
            <p>
              <a href={site.href('/')}>{config.title}</a> — {config.description}
            </p>
            <p>
              <a href={site.href('/archives/')}>アーカイブ</a> · <a href={site.href('/tags/')}>タグ一覧</a> · <a href={site.href('/feed.xml')}>Atom</a> · <a href={site.href('/rss.xml')}>RSS</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
