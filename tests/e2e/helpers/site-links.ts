import { parsePage } from '../../helpers/html.js';

/** One link of one page. */
export interface PageLink {
  /** Output file of the page, e.g. `tags/ai/index.html`. */
  page: string;
  /** The attribute as written. */
  raw: string;
  /** Absolute URL, resolved against the page's URL on the preview server. */
  url: URL;
}

/** The URL path a static host serves an output file at: `a/index.html` → `/a/`. */
export function urlPathOf(file: string, basePath: string): string {
  const sitePath = file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  return basePath + sitePath.split('/').map(encodeURIComponent).join('/');
}

/**
 * Every link a reader or a browser follows on a page: `a[href]`, stylesheets and icons,
 * images and sources. Canonical, prev/next and alternate links are included too: they must
 * point at real pages as well (they carry the site's absolute origin, mapped onto the preview).
 */
export function linksOf(html: string, page: string, pageUrl: URL, siteUrl: string): PageLink[] {
  const doc = parsePage(html);
  const out: PageLink[] = [];
  for (const el of doc.querySelectorAll('a[href], link[href], img[src], source[src], source[srcset], img[srcset]')) {
    for (const attr of ['href', 'src', 'srcset']) {
      const value = el.getAttribute(attr);
      if (value === null) continue;
      const candidates = attr === 'srcset' ? value.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '') : [value];
      for (const raw of candidates) {
        if (!raw) continue;
        // Absolute links to the site's own origin are checked on the preview server.
        const local = raw.startsWith(siteUrl + '/') ? raw.slice(siteUrl.length) : raw;
        out.push({ page, raw, url: new URL(local, pageUrl) });
      }
    }
  }
  return out;
}

/** Fetches each distinct URL once without following redirects; returns the status of each. */
export async function statusOf(urls: Iterable<string>): Promise<Map<string, number>> {
  const unique = [...new Set(urls)].sort();
  const statuses = new Map<string, number>();
  // A few at a time: the preview is on this machine, and 2 cores are plenty busy.
  for (let i = 0; i < unique.length; i += 8) {
    await Promise.all(
      unique.slice(i, i + 8).map(async (url) => {
        const res = await fetch(url, { redirect: 'manual' });
        await res.arrayBuffer();
        statuses.set(url, res.status);
      }),
    );
  }
  return statuses;
}
