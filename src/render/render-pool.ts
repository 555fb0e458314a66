import { availableParallelism } from 'node:os';
import type { Piscina } from 'piscina';
import { error } from '../report/diagnostic.js';
import { mapLimit } from '../util/map-limit.js';
import type { RenderInput, RenderedBody } from './render-post.js';

/** Options of `renderPosts`. */
export interface RenderPoolOptions {
  /** Worker threads; 0 renders on the main thread. Defaults to the number of cores. */
  workers?: number;
  /** A batch (or, on retry, a single post) taking longer than this is stopped. */
  timeoutMs?: number;
  /**
   * Called with each body as its batch comes back; what it returns is kept instead (the render
   * cache returns a body read back from its file, so fresh HTML does not pile up in memory).
   */
  onRendered?: (body: RenderedBody, index: number) => RenderedBody;
}

/** Below this many posts, starting workers costs more than it saves. */
const MAIN_THREAD_LIMIT = 24;
const BATCH = 16;

let shared: { pool: Promise<Piscina<RenderInput[], RenderedBody[]>>; threads: number } | null = null;

/**
 * The worker pool, kept between builds (the dev server rebuilds often), sized to the cores.
 * piscina is loaded with the first pool: a build with nothing to render does without it.
 */
function poolFor(threads: number): Promise<Piscina<RenderInput[], RenderedBody[]>> {
  if (!shared || shared.threads !== threads) {
    void shared?.pool.then((p) => p.destroy());
    shared = {
      threads,
      pool: import('piscina').then(
        ({ Piscina }) => new Piscina<RenderInput[], RenderedBody[]>({ filename: new URL('./render-worker.mjs', import.meta.url).href, minThreads: threads, maxThreads: threads, idleTimeout: 60_000, execArgv: [] }),
      ),
    };
  }
  return shared.pool;
}

/**
 * Starts the render threads ahead of need: loading the renderer in a thread takes a second or
 * more, which a cold build can spend reading posts instead of waiting.
 */
export function prewarmRenderPool(workers?: number): void {
  const threads = workers ?? availableParallelism();
  if (threads > 0) void poolFor(threads);
}

/** More posts than this are rendered in threads. */
export const THREADED_ABOVE = MAIN_THREAD_LIMIT;

/** Stops the render threads, so the process can exit. */
export async function closeRenderPool(): Promise<void> {
  const s = shared;
  shared = null;
  await (await s?.pool)?.destroy();
}

function timedOut(input: RenderInput, ms: number): RenderedBody {
  return {
    html: '',
    text: '',
    excerpt: '',
    readingMinutes: 1,
    diagnostics: [error(input.file, { line: input.bodyLine, column: 1 }, 'render-timeout', `Rendering this post took longer than ${ms / 1000} s and was stopped`, 'Look for deeply nested lists or quotes, or very long runs of "*" and "_", and simplify them.')],
  };
}

/**
 * Renders post bodies in worker threads sized to the cores (the processor is built once per
 * worker), in batches. A batch that hangs is stopped and its posts retried one by one, so one
 * pathological post fails alone, with an error naming it, and never hangs the build.
 */
export async function renderPosts(inputs: readonly RenderInput[], options: RenderPoolOptions = {}): Promise<RenderedBody[]> {
  if (inputs.length === 0) return [];
  const threads = options.workers ?? availableParallelism();
  if (threads === 0 || inputs.length <= MAIN_THREAD_LIMIT) {
    // Loaded only here: the Markdown pipeline costs ~0.5 s to load, and a warm build needs none of it.
    const { renderPost } = await import('./render-post.js');
    return inputs.map((input, i) => (options.onRendered ? options.onRendered(renderPost(input), i) : renderPost(input)));
  }
  const timeoutMs = options.timeoutMs ?? 20_000;
  const pool = await poolFor(threads);
  const batches: RenderInput[][] = [];
  for (let i = 0; i < inputs.length; i += BATCH) batches.push(inputs.slice(i, i + BATCH));
  // Few batches in flight, so a batch's timeout runs while it renders, not while it waits in the queue.
  const results = await mapLimit(batches, threads * 2, async (batch, b) => {
    let bodies: RenderedBody[];
    try {
      bodies = await pool.run(batch, { signal: AbortSignal.timeout(timeoutMs * 2) });
    } catch {
      bodies = await Promise.all(batch.map((input) => pool.run([input], { signal: AbortSignal.timeout(timeoutMs) }).then((r) => r[0] as RenderedBody, () => timedOut(input, timeoutMs))));
    }
    const { onRendered } = options;
    return onRendered ? bodies.map((body, i) => onRendered(body, b * BATCH + i)) : bodies;
  });
  return results.flat();
}
