import { writeCachedCard } from './cache.js';
import { isCompletePng } from './png.js';
import { renderCard } from './render-card.js';
import { CARD_HEIGHT, CARD_WIDTH, type RenderOutcome, type RenderTask } from './types.js';

/**
 * Renders a card and writes it straight to its cache file (temp + rename), returning only that it
 * did: 10,000 cards' PNGs then never sit in the main thread while the workers' memory is in use.
 * When the cache cannot be written, the PNG comes back instead.
 */
export async function renderToCache(task: RenderTask): Promise<RenderOutcome> {
  const png = await renderCard(task);
  if (!isCompletePng(png, CARD_WIDTH, CARD_HEIGHT)) throw new Error('the renderer returned an incomplete PNG');
  try {
    await writeCachedCard(task.cacheFile, png);
    return { cached: true };
  } catch (cause) {
    return { cached: false, png, reason: cause instanceof Error ? cause.message : String(cause) };
  }
}
