import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { PostCheck } from '../check/in-build.js';
import type { RenderedBody } from './render-post.js';

/** Where a string lies in the cache's byte area: [offset, length] of its UTF-8 bytes. */
type Span = readonly [number, number];

/** A body as stored: the small parts as data, HTML, text and the check's link facts as spans. */
interface Entry {
  excerpt: string;
  readingMinutes: number;
  diagnostics: RenderedBody['diagnostics'];
  html: Span;
  text: Span;
  check?: { diagnostics: PostCheck['diagnostics']; siteFacts: Span };
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();
const FILE = 'render-v2.bin';

/**
 * Rendered bodies by content hash (see `renderStage` for the key), in one file of the cache
 * folder: a 4-byte length, the entries (v8-serialized), then one byte area holding every
 * body's HTML, text and link facts. Those big parts are decoded only when read, so a warm
 * build that renders no page decodes almost nothing and its heap stays small. Only entries a
 * build used are saved, so the cache never outgrows the site; the file is replaced atomically.
 */
export class RenderCache {
  private readonly used = new Map<string, RenderedBody>();
  /** Entries of `used` taken unchanged from the file: saved by copying their bytes, not by decoding them. */
  private readonly kept = new Map<string, Entry>();
  private dirty = false;

  private constructor(
    private readonly file: string | null,
    private readonly previous: Map<string, Entry>,
    private readonly bytes: Uint8Array,
  ) {}

  /** A cache that lives only in memory (the dev server keeps one across rebuilds); `save` does nothing. */
  static inMemory(): RenderCache {
    return new RenderCache(null, new Map(), new Uint8Array());
  }

  /** Opens the cache; a missing or unreadable file (another version, a partial write) starts empty. */
  static async open(cacheDir: string): Promise<RenderCache> {
    const file = path.join(cacheDir, FILE);
    try {
      const data = await readFile(file);
      const metaLength = data.readUInt32LE(0);
      const entries: unknown = deserialize(data.subarray(4, 4 + metaLength));
      if (entries instanceof Map) return new RenderCache(file, entries as Map<string, Entry>, data.subarray(4 + metaLength));
    } catch {
      // Start empty: a cache is never worth failing a build for.
    }
    return new RenderCache(file, new Map(), new Uint8Array());
  }

  /** The cached body for a key, remembered as used. */
  get(key: string): RenderedBody | undefined {
    let body = this.used.get(key);
    const entry = body ? undefined : this.previous.get(key);
    if (entry) {
      this.used.set(key, (body = this.unpack(entry)));
      this.kept.set(key, entry);
    }
    return body;
  }

  /** Stores a fresh body. */
  set(key: string, body: RenderedBody): void {
    this.used.set(key, body);
    this.kept.delete(key);
    this.dirty = true;
  }

  /** Writes the used entries, only when something changed. */
  async save(): Promise<void> {
    if (this.file === null || (!this.dirty && this.used.size === this.previous.size)) return;
    const chunks: Uint8Array[] = [];
    let offset = 0;
    const put = (s: string | Span): Span => {
      const b = typeof s === 'string' ? encoder.encode(s) : this.bytes.subarray(s[0], s[0] + s[1]);
      chunks.push(b);
      offset += b.length;
      return [offset - b.length, b.length];
    };
    const entries = new Map<string, Entry>();
    for (const [key, body] of this.used) {
      const kept = this.kept.get(key);
      if (kept) {
        entries.set(key, { ...kept, html: put(kept.html), text: put(kept.text), ...(kept.check ? { check: { ...kept.check, siteFacts: put(kept.check.siteFacts) } } : {}) });
        continue;
      }
      entries.set(key, {
        excerpt: body.excerpt,
        readingMinutes: body.readingMinutes,
        diagnostics: body.diagnostics,
        html: put(body.html),
        text: put(body.text),
        ...(body.check ? { check: { diagnostics: body.check.diagnostics, siteFacts: put(JSON.stringify(body.check.siteFacts)) } } : {}),
      });
    }
    const meta = serialize(entries);
    const head = Buffer.alloc(4);
    head.writeUInt32LE(meta.length, 0);
    await mkdir(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    await writeFile(tmp, Buffer.concat([head, meta, ...chunks]));
    await rename(tmp, this.file);
    this.dirty = false;
  }

  /** A body whose HTML, text and link facts are decoded on first read. */
  private unpack(entry: Entry): RenderedBody {
    const { bytes } = this;
    const lazy = <T>(span: Span, parse: (s: string) => T) => {
      let value: T | undefined;
      return { enumerable: true, get: () => (value ??= parse(decoder.decode(bytes.subarray(span[0], span[0] + span[1])))) };
    };
    const same = (s: string) => s;
    const body = Object.defineProperties({ excerpt: entry.excerpt, readingMinutes: entry.readingMinutes, diagnostics: entry.diagnostics } as RenderedBody, {
      html: lazy(entry.html, same),
      text: lazy(entry.text, same),
    });
    if (entry.check) body.check = Object.defineProperties({ diagnostics: entry.check.diagnostics } as PostCheck, { siteFacts: lazy(entry.check.siteFacts, JSON.parse) });
    return body;
  }
}
