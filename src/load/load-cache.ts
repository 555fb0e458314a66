import path from 'node:path';
import { FileCache } from '../util/file-cache.js';
import type { SourcePost } from './types.js';
import type { ValidatedPost } from './validate-post.js';

/**
 * A validated post without its text (the file is read anyway): `head` and `body` are cut back
 * out of the file's bytes, at `headBytes`, when the file is plain UTF-8 with `\n` line ends
 * (almost always); otherwise out of its decoded text, at `headLength`.
 */
interface CachedPost {
  post: (Omit<SourcePost, 'head' | 'body'> & { headLength: number; headBytes: number | null }) | null;
  diagnostics: ValidatedPost['diagnostics'];
}

const decoder = new TextDecoder();

/**
 * Validated front matter by file contents, in `load-v1.bin` of the cache folder, so a warm
 * build parses no YAML and runs no schema. The caller's key covers the file's bytes, its path
 * and everything validation reads from the config and our code.
 */
export class LoadCache {
  private constructor(private readonly entries: FileCache<CachedPost>) {}

  static async open(cacheDir: string): Promise<LoadCache> {
    return new LoadCache(await FileCache.open<CachedPost>(path.join(cacheDir, 'load-v1.bin')));
  }

  /**
   * The validated post of a file with these bytes, if cached under `key` (which covers the
   * bytes: they were valid UTF-8 when first read). `head` and `body` are decoded when first
   * read: a warm build that renders nothing never decodes most posts.
   */
  validated(key: string, bytes: Uint8Array, decode: (bytes: Uint8Array) => string): ValidatedPost | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (!hit.post) return { post: null, diagnostics: hit.diagnostics };
    const { headLength, headBytes, ...rest } = hit.post;
    const post = rest as SourcePost;
    let text: string | undefined;
    const whole = () => (text ??= decode(bytes));
    let head: string | undefined;
    let body: string | undefined;
    Object.defineProperties(post, {
      head: { enumerable: true, get: () => (head ??= headBytes === null ? whole().slice(0, headLength) : decoder.decode(bytes.subarray(0, headBytes))) },
      body: { enumerable: true, get: () => (body ??= headBytes === null ? whole().slice(headLength) : decoder.decode(bytes.subarray(headBytes))) },
    });
    return { post, diagnostics: hit.diagnostics };
  }

  /** Remembers a validation result of a file with these bytes. */
  remember(key: string, bytes: Uint8Array, result: ValidatedPost): void {
    if (!result.post) return this.entries.set(key, { post: null, diagnostics: result.diagnostics });
    const { head, body, ...rest } = result.post;
    const headBytes = Buffer.byteLength(head);
    // Byte slicing is exact only when the text is the bytes as they are (no BOM, no \r).
    const plain = bytes.length === headBytes + Buffer.byteLength(body) && bytes[0] !== 0xef && !bytes.includes(0x0d);
    this.entries.set(key, { post: { ...rest, headLength: head.length, headBytes: plain ? headBytes : null }, diagnostics: result.diagnostics });
  }

  save(): Promise<void> {
    return this.entries.save();
  }
}
