import path from 'node:path';
import { watch } from 'chokidar';
import { isPostFile } from '../load/post-file-name.js';

/** The folders and file the dev server watches. */
export interface WatchTargets {
  postsDir: string;
  templatesDir: string;
  assetsDir: string;
  configFile: string | null;
}

/** Changes seen within one debounce window. */
export interface WatchBatch {
  /** Post files added, changed or removed. */
  posts: string[];
  /** A folder appeared or vanished under the posts folder: read it all again. */
  rescanPosts: boolean;
  assets: boolean;
  /** A template or the config changed: the build needs fresh modules. */
  restart: boolean;
  /** `performance.now()` of the first event of the batch, to time save → reload. */
  at: number;
}

/** A running watcher. */
export interface SiteWatcher {
  close(): Promise<void>;
}

/** Editors' swap, backup and lock files: never a reason to rebuild. */
function isJunk(name: string): boolean {
  return name.startsWith('.') || name.endsWith('~') || /\.(?:swp|swx|swo|tmp|bak)$/i.test(name) || name === '4913' || /^#.*#$/.test(name) || name.includes('___jb_');
}

const inside = (dir: string, file: string) => file === dir || file.startsWith(dir + path.sep);

/**
 * The chokidar adapter: watches posts, templates, assets and the config file. A file is reported
 * once it has stopped changing for `stableMs` (awaitWriteFinish), and each burst of files (an
 * atomic save's write + rename, a `git checkout`) as one batch, `debounceMs` after the last.
 * Resolves once the initial scan is done, so no save is missed.
 */
export async function watchSite(
  targets: WatchTargets,
  onBatch: (batch: WatchBatch) => void,
  options: { stableMs?: number; debounceMs?: number; onError?: (e: unknown) => void } = {},
): Promise<SiteWatcher> {
  const roots = [targets.postsDir, targets.templatesDir, targets.assetsDir, ...(targets.configFile ? [targets.configFile] : [])].map((p) => path.resolve(p));
  const watcher = watch(roots, {
    ignoreInitial: true,
    ignored: (p: string) => !roots.includes(p) && isJunk(path.basename(p)),
    // Without it chokidar drops a second change of a file within 50 ms: a quick fix after a
    // broken save would never be seen. With it, a file is reported once it stopped changing.
    awaitWriteFinish: { stabilityThreshold: options.stableMs ?? 15, pollInterval: 5 },
  });
  let batch: WatchBatch | null = null;
  let timer: NodeJS.Timeout | null = null;

  watcher.on('all', (event, file) => {
    const abs = path.resolve(file);
    batch ??= { posts: [], rescanPosts: false, assets: false, restart: false, at: performance.now() };
    if (targets.configFile && abs === path.resolve(targets.configFile)) batch.restart = true;
    else if (inside(targets.postsDir, abs)) {
      if (event === 'addDir' || event === 'unlinkDir') batch.rescanPosts = true;
      else if (isPostFile(path.basename(abs)) && !batch.posts.includes(abs)) batch.posts.push(abs);
    } else if (inside(targets.templatesDir, abs)) batch.restart = true;
    else if (inside(targets.assetsDir, abs)) batch.assets = true;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      const done = batch;
      batch = null;
      timer = null;
      if (done && (done.posts.length > 0 || done.rescanPosts || done.assets || done.restart)) onBatch(done);
    }, options.debounceMs ?? 5);
  });
  watcher.on('error', (e) => options.onError?.(e));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    close: async () => {
      if (timer) clearTimeout(timer);
      await watcher.close();
    },
  };
}
