import type { ResolvedConfig } from '../config/types.js';

/**
 * URL helpers. Inside the build a page is known by its site path: decoded, starting and
 * (for pages) ending with `/`, without the base path, e.g. `/2026/03/10/生成AIと著作権/`.
 * Links encode each segment exactly once; files on disk use the decoded segments.
 */

// Every page links the same few thousand paths many times over: remember their encodings (bounded).
const encoded = new Map<string, string>();

/** Encodes each segment of a decoded site path exactly once (`&`, `#`, `?`, `%`, spaces, Japanese). */
export function encodePath(sitePath: string): string {
  let out = encoded.get(sitePath);
  if (out === undefined) {
    out = sitePath
      .split('/')
      .map((segment) => encodeURIComponent(segment))
      .join('/');
    if (encoded.size > 100_000) encoded.clear();
    encoded.set(sitePath, out);
  }
  return out;
}

/** Link target for a site path: base path + encoded path. */
export function href(config: Pick<ResolvedConfig, 'basePath'>, sitePath: string): string {
  return config.basePath + encodePath(sitePath).replace(/^\//, '');
}

/** Absolute URL of a site path, for canonical links, feeds, sitemaps and Open Graph. */
export function absoluteUrl(config: Pick<ResolvedConfig, 'basePath' | 'url'>, sitePath: string): string {
  return config.url + href(config, sitePath);
}

/** Output file for a site path: `/a/b/` → `a/b/index.html`, `/feed.xml` → `feed.xml`. */
export function outputPathFor(sitePath: string): string {
  const rel = sitePath.replace(/^\/+/, '');
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
}
