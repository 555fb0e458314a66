import path from 'node:path';
import { FileCache } from '../util/file-cache.js';
import type { RenderedBody } from './render-post.js';

/** Rendered bodies by content hash (see `renderStage` for the key), in `render-v1.bin` of the cache folder. */
export class RenderCache extends FileCache<RenderedBody> {
  /** A cache that lives only in memory (the dev server keeps one across rebuilds); `save` does nothing. */
  static inMemory(): RenderCache {
    return new RenderCache(null, new Map());
  }

  /** Opens the cache; a missing or unreadable file starts empty. */
  static async open(cacheDir: string): Promise<RenderCache> {
    const file = path.join(cacheDir, 'render-v1.bin');
    return new RenderCache(file, await FileCache.entries<RenderedBody>(file));
  }
}
