/**
 * The response headers a static host should send for this site. The preview server sends
 * exactly these, and docs/deploy.md shows the same values for Netlify, Cloudflare Pages,
 * nginx and S3 (a test keeps the two in step).
 */

/**
 * Security headers for every response. Pages load nothing from other origins except images in
 * posts, and run no script but the site's own (the search page: a script of ours and Pagefind's
 * WebAssembly), so the Content-Security-Policy can be this strict: a post that embeds a video
 * or a third-party script breaks in the preview first, where it is easy to see.
 */
export const securityHeaders = {
  'Content-Security-Policy':
    "default-src 'self'; img-src 'self' https: data:; style-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
} as const satisfies Record<string, string>;

/**
 * Content types that the `mime-types` table (used by `send`) gives without a charset; every
 * other text type it already sends as `…; charset=utf-8`. The feeds and the sitemap are
 * `application/xml` (what GitHub Pages and Netlify send), not `application/atom+xml`, so a
 * browser shows them instead of downloading them.
 */
export const charsetTypes: Readonly<Record<string, string>> = {
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
};

/**
 * `Cache-Control` for the preview: revalidate everything, so a page rebuilt while the preview
 * runs shows on the next reload. docs/deploy.md gives the longer lifetimes for a real host.
 */
export const previewCacheControl = 'no-cache';
