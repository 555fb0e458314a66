import type { IncomingMessage, ServerResponse } from 'node:http';
import { encodePath } from '../util/url.js';
import { contentTypeOf } from './content-type.js';
import type { EventStream } from './event-stream.js';
import { isLoopbackHost, isOwnOrigin } from './host-check.js';
import { CLIENT_PATH, CLIENT_SCRIPT, DEV_PREFIX, EVENTS_PATH, injectSnippet, liveReloadSnippet, OVERLAY_CSS, OVERLAY_CSS_PATH, placeholderPage, type OverlayData } from './live-reload.js';
import { parseRequestTarget } from './request-target.js';

/** What the dev server serves right now. */
export interface ServedSite {
  /** Output files of the last good build by output path (`a/b/index.html`), as bytes. */
  files: Map<string, Uint8Array>;
  /** The site's base path (`/` or `/blog/`). */
  basePath: string;
  /** Changes when the server restarts, so open pages know to reload. */
  session: string;
  /** Number of the last good build. */
  build: number;
  /** The errors of the last build when it failed, else null. */
  overlay: OverlayData | null;
}

/** What the request handler needs from the dev server. */
export interface DevHandlerOptions {
  site: () => ServedSite;
  events: EventStream;
  /** Events a browser gets when it connects (the build it may have missed, the current errors). */
  greeting: () => Array<readonly [string, unknown]>;
  /** The port the server listens on, for the Host check. */
  port: () => number;
  /** Bound to loopback: refuse requests whose Host is not a loopback name (DNS rebinding). */
  loopbackOnly: boolean;
}

const COMMON = { 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' } as const;

/**
 * Serves the last good build from memory like a static host does (content types, `/path/` →
 * `path/index.html`, `/path` → 301 `/path/`, the site's 404.html with status 404, the base path),
 * with the live-reload snippet added to HTML, plus the event stream and client script under
 * `/__dev/`. Requests are checked before anything is looked up; a refusal carries no content.
 */
export function createDevHandler(options: DevHandlerOptions): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    if (options.loopbackOnly && !isLoopbackHost(req.headers.host, options.port())) {
      return plain(res, 403, 'Forbidden: this dev server answers only to localhost, 127.0.0.1 and [::1]. Use --host to serve other names.');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return plain(res, 405, 'Method not allowed');
    }
    const target = parseRequestTarget(req.url ?? '/');
    if (!target.ok) return plain(res, target.status, target.status === 400 ? 'Bad request' : 'Forbidden');
    if (target.path.startsWith(DEV_PREFIX)) return devRoute(req, res, target.path, options);

    const site = options.site();
    const base = site.basePath;
    if (!target.path.startsWith(base)) {
      // A project site lives under its base path; the bare origin only points there.
      if (base !== '/' && (target.path === '/' || target.path === base.slice(0, -1))) return redirect(res, encodePath(base));
      return notFound(req, res, site);
    }
    const rel = target.path.slice(base.length);
    const file = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
    const bytes = site.files.get(file);
    if (bytes) return send(req, res, 200, file, bytes, site);
    if (rel !== '' && !rel.endsWith('/') && site.files.has(`${rel}/index.html`)) return redirect(res, `${target.raw}/${target.query}`);
    return notFound(req, res, site);
  };
}

function devRoute(req: IncomingMessage, res: ServerResponse, path: string, options: DevHandlerOptions): void {
  if (path === EVENTS_PATH) {
    if (!isOwnOrigin(req.headers.origin, req.headers.host)) return plain(res, 403, 'Forbidden: foreign origin');
    return options.events.open(res, options.greeting());
  }
  if (path === CLIENT_PATH) return text(req, res, 'text/javascript; charset=utf-8', CLIENT_SCRIPT);
  if (path === OVERLAY_CSS_PATH) return text(req, res, 'text/css; charset=utf-8', OVERLAY_CSS);
  plain(res, 404, 'Not found');
}

function send(req: IncomingMessage, res: ServerResponse, status: number, file: string, bytes: Uint8Array, site: ServedSite): void {
  const type = contentTypeOf(file);
  const body = type.startsWith('text/html') ? injectSnippet(bytes, liveReloadSnippet(site)) : bytes;
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': body.byteLength, ...COMMON });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function notFound(req: IncomingMessage, res: ServerResponse, site: ServedSite): void {
  const page = site.files.get('404.html');
  if (page) return send(req, res, 404, '404.html', page, site);
  if (site.build === 0) {
    // No build has succeeded yet: say so (with the errors, if it failed), and reload once one does.
    const body = placeholderPage(site.overlay ? 'Build failed' : 'Building the site…', liveReloadSnippet(site));
    res.writeHead(site.overlay ? 500 : 503, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.byteLength, 'Retry-After': '1', ...COMMON });
    return void res.end(req.method === 'HEAD' ? undefined : body);
  }
  plain(res, 404, 'Not found');
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(301, { Location: location, 'Content-Length': 0, ...COMMON });
  res.end();
}

function text(req: IncomingMessage, res: ServerResponse, type: string, body: string): void {
  res.writeHead(200, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), ...COMMON });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function plain(res: ServerResponse, status: number, message: string): void {
  const body = `${message}\n`;
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body), ...COMMON });
  res.end(body);
}
