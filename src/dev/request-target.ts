/** A request path the dev server may look up, or why it is refused. */
export type RequestTarget =
  | {
      ok: true;
      /** Decoded path, always starting with `/`, e.g. `/2026/03/10/生成AIと著作権/`. */
      path: string;
      /** The path as sent (still percent-encoded), for redirects. */
      raw: string;
      /** `?…` as sent, or the empty string. */
      query: string;
    }
  | { ok: false; status: 400 | 403; reason: string };

/** Source files that never belong to the site, whatever the build produced. */
const SOURCE_FILE = /\.(?:ts|tsx|mts|cts|md|markdown|mdx)$/i;

/**
 * Parses a request target strictly, before anything is looked up: only origin-form paths; each
 * segment percent-decoded once; refused when a segment decodes to `.` or `..`, holds `/`, `\`,
 * NUL or control characters (`%2f`, `%5c`, `%00`), or its escapes are malformed (400); dotfiles
 * and source files are refused with 403. The server only ever serves its in-memory files, so
 * this is defence in depth, and keeps refusals explicit.
 */
export function parseRequestTarget(url: string): RequestTarget {
  const bad = (reason: string): RequestTarget => ({ ok: false, status: 400, reason });
  // Node reads raw bytes of the request line as latin1; a client that sent UTF-8 unencoded meant UTF-8.
  const target = /[^\x00-\x7f]/.test(url) ? Buffer.from(url, 'latin1').toString('utf8') : url;
  if (!target.startsWith('/') || target.startsWith('//')) return bad('not a path on this server');
  const q = target.indexOf('?');
  const raw = q === -1 ? target : target.slice(0, q);
  const query = q === -1 ? '' : target.slice(q);
  if (raw.includes('\\')) return bad('backslash in path');
  const segments = raw.slice(1).split('/');
  const decoded: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as string;
    let d: string;
    try {
      d = decodeURIComponent(segment);
    } catch {
      return bad('malformed percent-escape');
    }
    // An empty segment is only the trailing slash of a directory path.
    if (d === '' && i < segments.length - 1) return bad('empty path segment');
    if (/[/\\\x00-\x1f\x7f]/.test(d)) return bad('encoded separator or control character');
    if (d === '.' || d === '..') return bad('dot segment');
    if (d.startsWith('.')) return { ok: false, status: 403, reason: 'dotfile' };
    decoded.push(d);
  }
  const path = '/' + decoded.join('/');
  if (SOURCE_FILE.test(path)) return { ok: false, status: 403, reason: 'source file' };
  return { ok: true, path, raw, query };
}
