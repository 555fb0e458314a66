import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { RenderedBody } from './render-post.js';

/**
 * Rendered bodies by content hash, kept in one file under the cache folder between builds.
 * One file, not one per post: a warm build reads it once instead of opening thousands.
 * Only the entries a build used are saved, so the cache never outgrows the site.
 */
export class RenderCache {
  private readonly used = new Map<string, RenderedBody>();
  private dirty = false;

  private constructor(
    private readonly file: string | null,
    private readonly previous: Map<string, RenderedBody>,
  ) {}

  /** A cache that lives only in memory (the dev server keeps one across rebuilds); `save` does nothing. */
  static inMemory(): RenderCache {
    return new RenderCache(null, new Map());
  }

  /** Opens the cache; a missing or unreadable file (another version, a partial write) starts empty. */
  static async open(cacheDir: string): Promise<RenderCache> {
    const file = path.join(cacheDir, 'render-v1.bin');
    let previous = new Map<string, RenderedBody>();
    try {
      const data: unknown = deserialize(await readFile(file));
      if (data instanceof Map) previous = data as Map<string, RenderedBody>;
    } catch {
      // Start empty: a cache is never worth failing a build for.
    }
    return new RenderCache(file, previous);
  }

  /** The cached body for a key, remembered as used. */
  get(key: string): RenderedBody | undefined {
    const hit = this.used.get(key) ?? this.previous.get(key);
    if (hit) this.used.set(key, hit);
    return hit;
  }

  /** Stores a fresh body. */
  set(key: string, body: RenderedBody): void {
    this.used.set(key, body);
    this.dirty = true;
  }

  /** Writes the used entries atomically (temp file + rename), only when something changed. */
  async save(): Promise<void> {
    if (this.file === null || (!this.dirty && this.used.size === this.previous.size)) return;
    await mkdir(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    await writeFile(tmp, serialize(this.used));
    await rename(tmp, this.file);
    this.dirty = false;
  }
}
