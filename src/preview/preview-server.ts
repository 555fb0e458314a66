import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import compression from 'compression';
import serveStatic from 'serve-static';
import { normalizeBasePath } from '../config/resolve-config.js';
import { charsetTypes, previewCacheControl, securityHeaders } from './host-headers.js';

/** What the preview serves. */
export interface PreviewOptions {
  /** The built site (the output folder). */
  root: string;
  /** Base path the site was built for: `/`, or `/blog/` for GitHub project pages. */
  basePath: string;
}

/** Where the preview listens. */
export interface ListenOptions {
  /** Default `127.0.0.1`: only this machine sees the preview. */
  host?: string;
  /** Default 4173; 0 picks a free port. */
  port?: number;
}

/** A listening preview server. */
export interface RunningPreview {
  server: Server;
  /** The site's home page, e.g. `http://127.0.0.1:4173/blog/`. */
  url: string;
  close(): Promise<void>;
}

/** Default port of `npm run preview`. */
export const DEFAULT_PREVIEW_PORT = 4173;

/**
 * A request handler that answers like a static host: files as they are (`send` through
 * `serve-static`: full percent-decoding, `..` refused with 403, dotfiles hidden, ETags),
 * `/path/` → `/path/index.html`, `/path` → 301 `/path/`, `404.html` with status 404,
 * utf-8 on every text type, gzip or brotli as every host sends, and the security headers of
 * docs/deploy.md. Nothing else: no live reload, no injected script, no directory listings,
 * no `/path` → `path.html`.
 */
export function createPreviewHandler(options: PreviewOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const root = path.resolve(options.root);
  const basePath = normalizeBasePath(options.basePath);
  const serve = serveStatic(root, {
    index: ['index.html'],
    redirect: true,
    // Every miss comes back here, so 404.html is sent with its status instead of a bare 404.
    fallthrough: false,
    dotfiles: 'ignore',
    extensions: false,
    cacheControl: false,
    setHeaders(res, file) {
      setCommonHeaders(res);
      const type = charsetTypes[path.extname(file).toLowerCase()];
      if (type) res.setHeader('Content-Type', type);
    },
  });

  const compress = compression();

  return (req, res) => compress(req, res, () => route(req, res));

  function route(req: IncomingMessage, res: ServerResponse): void {
    const url = req.url ?? '/';
    const pathname = url.replace(/[?#].*$/, '');
    if (!pathname.startsWith(basePath)) {
      // A project site lives under its base path; the bare origin only points there.
      if (basePath !== '/' && (pathname === '/' || pathname === basePath.slice(0, -1))) return redirect(res, basePath);
      return void sendNotFound(req, res, root);
    }
    // serve-static sees the site at `/`; its `/path` → `/path/` redirect reads originalUrl, which keeps the base path.
    Object.assign(req, { originalUrl: url, url: `/${url.slice(basePath.length)}` });
    serve(req, res, (err?: { status?: number; statusCode?: number }) => {
      const status = err?.status ?? err?.statusCode ?? 404;
      if (status === 404) return void sendNotFound(req, res, root);
      sendStatus(res, status);
    });
  }
}

/** Starts the preview on `host:port` (127.0.0.1:4173 by default). */
export function startPreview(options: PreviewOptions & ListenOptions): Promise<RunningPreview> {
  const server = createServer(createPreviewHandler(options));
  const basePath = normalizeBasePath(options.basePath);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PREVIEW_PORT, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        server,
        url: `http://${host}:${address.port}${basePath}`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            // Browsers keep connections alive; without this, close() waits for them to time out.
            server.closeAllConnections();
          }),
      });
    });
  });
}

function setCommonHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
  res.setHeader('Cache-Control', previewCacheControl);
}

/** The site's own 404.html with status 404, as GitHub Pages, Netlify and Cloudflare Pages send it. */
async function sendNotFound(req: IncomingMessage, res: ServerResponse, root: string): Promise<void> {
  let page: Buffer | null = null;
  try {
    page = await readFile(path.join(root, '404.html'));
  } catch {
    // No 404.html (not built yet): a plain 404 says the same.
  }
  res.statusCode = 404;
  setCommonHeaders(res);
  res.setHeader('Content-Type', page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8');
  const body = page ?? Buffer.from('404 Not Found\n');
  res.setHeader('Content-Length', body.length);
  res.end(req.method === 'HEAD' ? undefined : body);
}

function sendStatus(res: ServerResponse, status: number): void {
  const body = `${status} ${STATUS_TEXT[status] ?? 'Error'}\n`;
  res.statusCode = status;
  setCommonHeaders(res);
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}

function redirect(res: ServerResponse, location: string): void {
  res.statusCode = 302;
  setCommonHeaders(res);
  res.setHeader('Location', location);
  res.setHeader('Content-Length', 0);
  res.end();
}

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 403: 'Forbidden', 405: 'Method Not Allowed', 500: 'Internal Server Error' };
