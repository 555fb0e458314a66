import path from 'node:path';
import { FileCache } from '../util/file-cache.js';
import type { SourcePost } from './types.js';
import type { ValidatedPost } from './validate-post.js';

/** A validated post without its text (the file is read anyway): `head` and `body` are cut back out of it. */
interface CachedPost {
  post: (Omit<SourcePost, 'head' | 'body'> & { headLength: number }) | null;
  diagnostics: ValidatedPost['diagnostics'];
}

/**
 * Validated front matter by file contents, in `load-v1.bin` of the cache folder, so a warm
 * build parses no YAML and runs no schema. The caller's key covers the file's bytes, its path
 * and everything validation reads from the config and our code.
 */
export class LoadCache extends FileCache<CachedPost> {
  static async open(cacheDir: string): Promise<LoadCache> {
    const file = path.join(cacheDir, 'load-v1.bin');
    return new LoadCache(file, await FileCache.entries<CachedPost>(file));
  }

  /** The validated post of this text, if cached under `key`. */
  validated(key: string, text: string): ValidatedPost | undefined {
    const hit = this.get(key);
    if (!hit) return undefined;
    if (!hit.post) return { post: null, diagnostics: hit.diagnostics };
    const { headLength, ...rest } = hit.post;
    return { post: { ...rest, head: text.slice(0, headLength), body: text.slice(headLength) }, diagnostics: hit.diagnostics };
  }

  /** Remembers a validation result of `text`. */
  remember(key: string, result: ValidatedPost): void {
    if (!result.post) return this.set(key, { post: null, diagnostics: result.diagnostics });
    const { head, body: _body, ...rest } = result.post;
    this.set(key, { post: { ...rest, headLength: head.length }, diagnostics: result.diagnostics });
  }
}
