import type { IndexedPost } from '../collect/site-index.js';
import { isoInZone } from '../util/timezone.js';
import type { MetaImage, PageMeta, SiteContext } from './types.js';

/** Size of generated cards; the post's own images are measured by the build. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** Site path of the site-wide card used by home, list and taxonomy pages. */
export const DEFAULT_CARD_PATH = '/og/default.png';

/** The Open Graph image of a page, as an absolute URL. */
export function metaImage(site: SiteContext, path: string, alt: string, size: { width: number; height: number } | null = CARD_SIZE): MetaImage {
  const url = /^https?:\/\//i.test(path) ? path : site.abs(path);
  return size ? { url, width: size.width, height: size.height, alt } : { url, alt };
}

/** Meta of a list page (home, tag, category, archive): site card, `website` type. */
export function listMeta(site: SiteContext, args: { title: string | null; description: string; path: string; prev?: string | null; next?: string | null }): PageMeta {
  const { config } = site;
  return {
    title: args.title ? `${args.title} | ${config.title}` : config.title,
    ogTitle: args.title ?? config.title,
    description: args.description || config.description,
    path: args.path,
    ogType: 'website',
    image: metaImage(site, DEFAULT_CARD_PATH, config.title),
    prevPath: args.prev ?? null,
    nextPath: args.next ?? null,
  };
}

/** Meta of a post page: article times with the site's offset, section, tags and NewsArticle JSON-LD. */
export function postMeta(site: SiteContext, post: IndexedPost, imageSize: { width: number; height: number } | undefined): PageMeta {
  const { config } = site;
  const s = post.source;
  const published = isoInZone(s.date, config.timezone);
  const modified = isoInZone(s.updated ?? s.date, config.timezone);
  const image = metaImage(site, post.image.path, s.title, post.image.generated ? CARD_SIZE : (imageSize ?? null));
  const url = site.abs(post.path);
  return {
    title: `${s.title} | ${config.title}`,
    ogTitle: s.title,
    description: post.description,
    path: post.path,
    ogType: 'article',
    image,
    article: { published, modified, section: post.categories[0]?.name ?? null, tags: post.tags.map((t) => t.name) },
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: s.title,
      description: post.description,
      datePublished: published,
      dateModified: modified,
      author: [{ '@type': 'Person', name: s.author }],
      publisher: { '@type': 'Organization', name: config.title, url: site.abs('/') },
      image: [image.url],
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      url,
      inLanguage: config.lang,
      ...(post.categories[0] ? { articleSection: post.categories[0].name } : {}),
      ...(post.tags.length ? { keywords: post.tags.map((t) => t.name).join(', ') } : {}),
    },
  };
}
