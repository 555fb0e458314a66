import type { ResolvedConfig } from '../config/types.js';

/** An image for Open Graph and JSON-LD, with an absolute URL. */
export interface MetaImage {
  url: string;
  /** Pixel size, when known (always for generated cards). */
  width?: number;
  height?: number;
  alt: string;
}

/** Everything the `<head>` of one page says to search engines and social networks. Plain text only. */
export interface PageMeta {
  /** Full `<title>` text. */
  title: string;
  /** Page title for og:title (without the site name). */
  ogTitle: string;
  description: string;
  /** Decoded site path of the page. */
  path: string;
  ogType: 'website' | 'article';
  image: MetaImage | null;
  article?: {
    published: string;
    modified: string;
    section: string | null;
    tags: string[];
  };
  /** Structured data, serialised safely into `<script type="application/ld+json">`. */
  jsonLd?: Record<string, unknown>;
  /** Extra alternate feeds of this page (a category feed), besides the site feeds. */
  feeds?: Array<{ title: string; path: string; type: 'application/atom+xml' | 'application/rss+xml' }>;
  /** Keep out of search results (404, dev). */
  noindex?: boolean;
  /** Previous and next page of a paginated list. */
  prevPath?: string | null;
  nextPath?: string | null;
}

/** What every template receives about the site: settings and URL helpers. */
export interface SiteContext {
  config: ResolvedConfig;
  /** Link target of a site path (base path added, each segment encoded once). */
  href: (sitePath: string) => string;
  /** Absolute URL of a site path. */
  abs: (sitePath: string) => string;
}
