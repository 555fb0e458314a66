import { parseHTML } from 'linkedom';

/** A parsed HTML page. */
export type Page = ReturnType<typeof parseHTML>['document'];

/** Parses a whole HTML document with a real HTML parser. */
export function parsePage(html: string): Page {
  return parseHTML(html).document;
}

/** Value of `<meta name|property=…>`, or null. */
export function metaContent(doc: Page, key: string): string | null {
  const el = doc.querySelector(`meta[name="${key}"], meta[property="${key}"]`);
  return el ? el.getAttribute('content') : null;
}

/** Every `href` and `src` of a page (links, images, stylesheets, icons). */
export function linkTargets(doc: Page): string[] {
  const out: string[] = [];
  for (const el of doc.querySelectorAll('[href], [src]')) {
    for (const attr of ['href', 'src']) {
      const value = el.getAttribute(attr);
      if (value !== null) out.push(value);
    }
  }
  return out;
}

/** Where a link of a page points, as far as the site is concerned. */
export type LinkTarget =
  | { kind: 'external' }
  | { kind: 'fragment'; id: string }
  | { kind: 'file'; file: string }
  | { kind: 'outside-base' };

/**
 * Classifies a link found on the page at `pageUrl`. Site-internal links (root-relative,
 * relative, or absolute on the site's origin) map to the output file they need: resolved
 * against the page, base path, query and fragment stripped, %XX decoded once, `/x/` mapped
 * to `x/index.html`. An internal link whose path does not start with the base path is
 * `outside-base`: it would 404 on a site served under `/blog/`.
 */
export function classifyLink(link: string, pageUrl: string, basePath: string): LinkTarget {
  if (link.startsWith('#')) return { kind: 'fragment', id: decodeURIComponent(link.slice(1)) };
  const page = new URL(pageUrl);
  const url = new URL(link, page);
  if (url.origin !== page.origin) return { kind: 'external' };
  if (!url.pathname.startsWith(basePath)) return { kind: 'outside-base' };
  const decoded = decodeURIComponent(url.pathname.slice(basePath.length));
  return { kind: 'file', file: decoded === '' || decoded.endsWith('/') ? `${decoded}index.html` : decoded };
}

/** The URL a page is served at, from its output file: `a/b/index.html` → `<site><base>a/b/`. */
export function pageUrlOf(file: string, siteUrl: string, basePath: string): string {
  const sitePath = file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
  return siteUrl + basePath + sitePath.split('/').map(encodeURIComponent).join('/');
}
