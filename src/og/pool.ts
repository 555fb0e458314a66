import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { RenderOutcome, RenderTask } from './types.js';

/** Up to this many cards render on the main thread: starting workers (tsx, fonts, wasm) costs ~1 s. */
export const MAIN_THREAD_LIMIT = 6;

/** Renders cards to the cache; `close` releases the threads (and their ~200 MB each). */
export interface CardRenderer {
  render(task: RenderTask): Promise<RenderOutcome>;
  close(): Promise<void>;
}

/**
 * A renderer for `count` cards: a piscina pool of worker threads sized to the cores, or the main
 * thread for a handful of cards (or `workers: 0`). A task whose worker died (piscina replaces
 * dead workers) is retried once before its error is returned.
 */
export function openRenderer(count: number, workers: number = availableParallelism()): CardRenderer {
  const threads = Math.min(workers, count);
  if (threads === 0 || count <= MAIN_THREAD_LIMIT) return mainThreadRenderer();
  const pool = new Piscina<RenderTask, RenderOutcome>({
    filename: new URL('./card-worker.mjs', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // Inherited flags (tsx's loader, --inspect) are not wanted: the worker entry registers tsx itself.
    execArgv: [],
    // V8's default young generation, not the larger one `npm run build` asks for (it speeds up
    // rendering posts; a card worker allocates little and would only hold more memory).
    resourceLimits: { maxYoungGenerationSizeMb: 48 },
  });
  return {
    render: (task) => pool.run(task).catch(() => pool.run(task)),
    close: () => pool.destroy(),
  };
}

/** Renders on this thread, one card after another, so a burst of calls does not pile up SVGs and pixmaps. */
function mainThreadRenderer(): CardRenderer {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    render(task) {
      const result = queue.then(async () => {
        const { renderToCache } = await import('./store-card.js');
        const outcome = await renderToCache(task);
        // Lets resvg's finalizers free its native pixmaps (see card-worker.ts).
        await new Promise((resolve) => setImmediate(resolve));
        return outcome;
      });
      queue = result.catch(() => undefined);
      return result;
    },
    close: async () => {
      await queue;
    },
  };
}
