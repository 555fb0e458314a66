import path from 'node:path';
import { hashOf } from '../util/fingerprint.js';
import { MemoFile } from '../util/memo-file.js';
import { findRelated, type RelatedInput } from './related.js';

/**
 * The last related-posts result, kept in the cache folder: finding related posts is the slowest
 * part of collecting thousands of posts, and its result depends only on its inputs. The key is
 * every post's file hash (its body text comes from it) and everything else the finder reads, in
 * order, with `salt` (our code and config); a build with the same posts reuses the result.
 */
export class RelatedCache {
  private constructor(private readonly memo: MemoFile<number[][]>) {}

  /** Opens the cache; a missing or unreadable file starts empty. */
  static async open(cacheDir: string): Promise<RelatedCache> {
    return new RelatedCache(await MemoFile.open<number[][]>(path.join(cacheDir, 'related-v2.json')));
  }

  /** `findRelated`, answered from the cache when the inputs are the ones it was computed for. */
  finder(salt: string): (inputs: readonly RelatedInput[], fileHashes: readonly string[]) => number[][] {
    return (inputs, fileHashes) => {
      // Not the text itself (it follows from the file hash and the salt): reading it may decode it.
      const key = hashOf(salt, fileHashes.join(','), JSON.stringify(inputs.map((p) => [p.title, p.tags, p.categories, p.time])));
      return this.memo.get(key, () => findRelated(inputs));
    };
  }

  save(): Promise<void> {
    return this.memo.save();
  }
}
