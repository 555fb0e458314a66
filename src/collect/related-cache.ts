import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hashOf } from '../util/fingerprint.js';
import { findRelated, type RelatedInput } from './related.js';

/**
 * The last related-posts result, kept in the cache folder: finding related posts is the slowest
 * part of collecting thousands of posts, and its result depends only on its inputs. The key is
 * every post's file hash (its body text comes from it) and everything else the finder reads, in
 * order, with `salt` (our code and config); a build with the same posts reuses the result.
 */
export class RelatedCache {
  private fresh: { key: string; related: number[][] } | null = null;

  private constructor(
    private readonly file: string,
    private readonly previous: { key: string; related: number[][] } | null,
  ) {}

  /** Opens the cache; a missing or unreadable file starts empty. */
  static async open(cacheDir: string): Promise<RelatedCache> {
    const file = path.join(cacheDir, 'related-v1.json');
    let previous: { key: string; related: number[][] } | null = null;
    try {
      const data = JSON.parse(await readFile(file, 'utf8')) as { key?: unknown; related?: unknown };
      if (typeof data.key === 'string' && Array.isArray(data.related)) previous = { key: data.key, related: data.related as number[][] };
    } catch {
      // Start empty: a cache is never worth failing a build for.
    }
    return new RelatedCache(file, previous);
  }

  /** `findRelated`, answered from the cache when the inputs are the ones it was computed for. */
  finder(salt: string): (inputs: readonly RelatedInput[], fileHashes: readonly string[]) => number[][] {
    return (inputs, fileHashes) => {
      // Not the text itself (it follows from the file hash and the salt): reading it may decode it.
      const key = hashOf(salt, fileHashes.join(','), JSON.stringify(inputs.map((p) => [p.title, p.tags, p.categories, p.time])));
      if (this.previous?.key === key && this.previous.related.length === inputs.length) return this.previous.related;
      const related = findRelated(inputs);
      this.fresh = { key, related };
      return related;
    };
  }

  /** Writes a fresh result atomically (temp file + rename); nothing when the cached one was used. */
  async save(): Promise<void> {
    if (!this.fresh) return;
    await mkdir(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(this.fresh));
    await rename(tmp, this.file);
    this.fresh = null;
  }
}
