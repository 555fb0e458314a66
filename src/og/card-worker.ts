import { collectGarbage } from '../util/collect-garbage.js';
import { renderToCache } from './store-card.js';
import type { RenderOutcome, RenderTask } from './types.js';

// resvg's pixel buffers (~3 MB a card) live outside the JS heap and are freed by finalizers, which
// run only after a GC and a turn of the event loop. Piscina parks a thread between tasks without
// turning its loop, so without the two steps below RSS grows ~3.5 MB a card (measured: 750 MB
// after 150 cards in one thread; ~200 MB a worker, flat, with them).

/** Renders one card to the cache in a worker thread, then lets resvg's finalizers free its native memory. */
export async function renderInWorker(task: RenderTask): Promise<RenderOutcome> {
  const outcome = await renderToCache(task);
  // A young-generation collection is enough (the wrappers die young) and costs well under a millisecond.
  collectGarbage('minor');
  await new Promise((resolve) => setImmediate(resolve));
  return outcome;
}
