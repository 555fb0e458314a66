import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../config/resolve-config.js';
import type { ResolvedConfig } from '../config/types.js';
import type { Diagnostic } from '../report/diagnostic.js';
import { formatDiagnostics } from '../report/format.js';
import { encodePath } from '../util/url.js';
import { BuildHost } from './build-host.js';
import type { ThreadResult } from './build-protocol.js';
import { EventStream } from './event-stream.js';
import { isLoopbackAddress } from './host-check.js';
import { overlayData } from './live-reload.js';
import { isSettleOnly, RebuildQueue, type QueuedChanges } from './rebuild-queue.js';
import { applyFiles, urlOf } from './served-files.js';
import { createDevHandler, type ServedSite } from './site-handler.js';
import { watchSite, type SiteWatcher, type WatchTargets } from './watch-site.js';

/** Options of `startDevServer`. */
export interface DevServerOptions {
  /** Config file; `site.config.ts` in the working folder by default. */
  configPath?: string;
  /** Posts folder instead of the config's. */
  postsDir?: string;
  /** Address to listen on; 127.0.0.1 by default. Anything but loopback serves the network. */
  host?: string;
  /** Port; 4000 by default, 0 for any free port. */
  port?: number;
  /** Render threads (0: render in the build thread itself). */
  workers?: number;
  /** Quiet time after the last file event before a rebuild, in ms (default 5); each file is first awaited until it stopped changing for 15 ms. */
  debounceMs?: number;
  /** Idle time after a fast rebuild before related posts are recomputed, in ms (default 3000). */
  settleMs?: number;
  /** Print the milliseconds of each build step after every build. */
  verbose?: boolean;
  /** "Now" for deciding future posts (tests). */
  now?: Date;
  /** Called once the server listens, before the first build: the URL can be opened at once. */
  onListen?: (url: string) => void;
  /** Where progress goes (default stdout) and where errors go (default stderr). */
  out?: (text: string) => void;
  err?: (text: string) => void;
}

/** What one build did, as the browsers were told. */
export interface DevBuildEvent {
  ok: boolean;
  /** Number of the last good build. */
  build: number;
  /** Site URLs (base path included, decoded) of the files that changed. */
  paths: string[];
  /** Every error, and the warnings that are new since the previous build. */
  diagnostics: Diagnostic[];
  /** From the first file event of the batch to the event sent to browsers, in ms. */
  ms: number;
}

/** A running dev server. */
export interface DevServer {
  /** The site's home page, e.g. `http://127.0.0.1:4000/`. */
  url: string;
  port: number;
  /** Calls `listener` after every build (tests and tools); returns a function that stops it. */
  onBuild(listener: (event: DevBuildEvent) => void): () => void;
  close(): Promise<void>;
}

/**
 * `npm run dev`: builds the site with drafts and future posts in a build thread, serves the last
 * good build from memory with live reload, and rebuilds what each saved file affects. Build
 * errors go to the terminal and to an overlay in the browser, while the last good pages stay up.
 */
export async function startDevServer(options: DevServerOptions = {}): Promise<DevServer> {
  const out = options.out ?? ((t: string) => void process.stdout.write(t));
  const err = options.err ?? ((t: string) => void process.stderr.write(t));
  const overrides = { dev: true, drafts: true, future: true, ...(options.postsDir ? { postsDir: options.postsDir } : {}), ...(options.now ? { now: options.now } : {}) };
  // Read here too, to fail early on a broken config and to know what to watch; the build thread reads it afresh.
  let config: ResolvedConfig = await loadConfig(options.configPath, overrides);
  const host = options.host ?? '127.0.0.1';
  const builds = new BuildHost({ configPath: options.configPath, overrides, workers: options.workers });
  const events = new EventStream();
  const served: ServedSite = { files: new Map(), basePath: config.basePath, session: randomBytes(6).toString('hex'), build: 0, overlay: null };
  const listeners = new Set<(event: DevBuildEvent) => void>();

  /** Takes a build thread's result: serves it if it is good, else shows its errors; tells the browsers. */
  function apply(result: ThreadResult, changes: QueuedChanges): void {
    const ms = Math.round(performance.now() - changes.at);
    const basePathChanged = result.config !== null && result.config.basePath !== served.basePath;
    if (result.config) config = result.config;
    report(result);
    if (!result.ok) {
      served.overlay = overlayData(result.diagnostics);
      events.send('build-error', served.overlay);
      err('✖ Build failed; still serving the last good build. Fix the errors above and save.\n');
      return notify({ ok: false, build: served.build, paths: [], diagnostics: result.diagnostics, ms });
    }
    served.basePath = config.basePath;
    const changed = applyFiles(served, result);
    const recovered = served.overlay !== null;
    served.overlay = null;
    const paths = changed.map((p) => urlOf(served.basePath, p));
    if (changed.length > 0 || recovered) {
      served.build++;
      // Pages reload when they changed; a stylesheet, script or image may be on any page, and a fresh thread may change anything.
      const all = basePathChanged || result.mode === 'initial' || changed.some((p) => !/\.(?:html|xml|txt|json)$/.test(p));
      events.send('reload', { build: served.build, paths, all });
    }
    log(result, changes, changed.length, ms);
    notify({ ok: true, build: served.build, paths, diagnostics: result.diagnostics, ms });
  }

  function log(result: ThreadResult, changes: QueuedChanges, changed: number, ms: number): void {
    const s = result.stats;
    const files = `${changed} ${changed === 1 ? 'file' : 'files'} changed`;
    if (result.mode === 'initial') out(`✓ Built ${s['postCount'] ?? 0} posts, ${served.files.size} files in ${ms} ms\n`);
    else if (isSettleOnly(changes)) out(`✓ Related posts, feeds and sitemap brought up to date in ${s['total'] ?? ms} ms: ${files}\n`);
    else if (result.mode !== 'none') {
      const posts = `${s['postsRendered'] ?? 0} ${s['postsRendered'] === 1 ? 'post' : 'posts'} rendered`;
      out(`✓ Rebuilt in ${s['total'] ?? ms} ms (${result.mode === 'fast' ? 'the post and the pages showing it' : 'site index'}): ${posts}, ${files}; browsers told ${ms} ms after the save was seen\n`);
    }
    if (options.verbose && result.mode !== 'none') out(`  ${JSON.stringify(s)}\n`);
  }

  /** Prints every error and the new warnings; many warnings at once (the first build) as a count. */
  function report(result: ThreadResult): void {
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
    const shown = warnings.length > MAX_WARNINGS_SHOWN ? errors : result.diagnostics;
    if (shown.length > 0) err(`${formatDiagnostics(shown)}\n`);
    if (warnings.length > MAX_WARNINGS_SHOWN) err(`⚠ ${warnings.length} warnings: \`npm run check\` lists them by file.\n`);
  }

  function notify(event: DevBuildEvent): void {
    for (const listener of listeners) listener(event);
  }

  const watching: { current: SiteWatcher | null } = { current: null };
  async function rewatch(): Promise<void> {
    await watching.current?.close();
    watching.current = await watchSite(watchTargets(config), (batch) => queue.add(batch), {
      debounceMs: options.debounceMs ?? 5,
      onError: (e) => err(`Watching files failed: ${e instanceof Error ? e.message : String(e)}\n`),
    });
  }

  const queue = new RebuildQueue(
    async (changes) => {
      const result = changes.restart ? await builds.restart() : await builds.rebuild(changes);
      const before = JSON.stringify(watchTargets(config));
      apply(result, changes);
      // A new config may name other folders.
      if (JSON.stringify(watchTargets(config)) !== before) await rewatch();
      return { unsettled: result.ok && result.unsettled };
    },
    options.settleMs ?? 3000,
    (e) => err(`The dev server could not apply a build: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`),
  );

  const server: Server = createServer(
    createDevHandler({
      site: () => served,
      events,
      greeting: () => [['hello', { session: served.session, build: served.build }] as const, ...(served.overlay ? [['build-error', served.overlay] as const] : [])],
      port: (): number => (server.address() as AddressInfo).port,
      loopbackOnly: isLoopbackAddress(host),
    }),
  );
  const close = async () => {
    await queue.close();
    events.close();
    server.closeAllConnections();
    await Promise.all([new Promise((resolve) => server.close(resolve)), watching.current?.close(), builds.close()]);
  };
  // Listen first: a taken port fails at once, and a browser opened now sees "Building…" and reloads.
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 4000, host, () => resolve());
    });
  } catch (e) {
    await close();
    throw e;
  }
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}${encodePath(served.basePath)}`;
  options.onListen?.(url);
  out(`Building ${config.title} with drafts and future posts…\n`);
  const first: QueuedChanges = { restart: false, at: performance.now() };
  apply(await builds.rebuild(first), first);
  await rewatch();
  return {
    url,
    port,
    onBuild(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close,
  };
}

/** More new warnings than this (a first build of a big site) are summed up, not listed. */
const MAX_WARNINGS_SHOWN = 30;

function watchTargets(config: ResolvedConfig): WatchTargets {
  return { postsDir: config.postsDir, templatesDir: config.templatesDir, assetsDir: config.assetsDir, configFile: config.configFile };
}
