import { closeSync, existsSync, fstatSync, openSync, readSync, renameSync, writeSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { PostCheck } from '../check/in-build.js';
import type { RenderedBody } from './render-post.js';

/** Where a part of a body lies in a cache file: [offset, length] of its UTF-8 bytes. */
type Span = [number, number];

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
const FILE = 'render-v3.bin';
/** Fresh bodies are appended to the new file in chunks of about this size. */
const FLUSH_BYTES = 4 << 20;

/** An open cache file: parts of bodies are read from it when a page or a step asks for them. */
class Store {
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  constructor(
    readonly fd: number,
    /** Bytes in the file, plus those still pending. */
    public size: number,
  ) {}

  read(span: Span): string {
    if (span[0] + span[1] > this.size - this.pendingBytes) this.flush();
    const buf = Buffer.allocUnsafe(span[1]);
    let done = 0;
    while (done < span[1]) done += readSync(this.fd, buf, done, span[1] - done, span[0] + done);
    return decoder.decode(buf);
  }

  append(bytes: Buffer): Span {
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    this.size += bytes.length;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
    return [this.size - bytes.length, bytes.length];
  }

  flush(): void {
    if (this.pendingBytes === 0) return;
    const data = Buffer.concat(this.pending);
    let done = 0;
    while (done < data.length) done += writeSync(this.fd, data, done, data.length - done, this.size - this.pendingBytes + done);
    this.pending = [];
    this.pendingBytes = 0;
  }
}

/** Where one body's parts are: re-pointed to the new file when its bytes are copied there. */
interface Location {
  store: Store;
  entry: Entry;
}

/**
 * Rendered bodies by content hash (see `renderStage` for the key), and the place the build keeps
 * them: one file in the cache folder holding every body's HTML, text and link facts, then the
 * entries (v8-serialized) and their length. A body handed out reads its big parts from the file
 * when asked, so neither a warm build (which renders no page) nor a cold
 * one (whose fresh bodies go to the new file as they arrive) holds every post's HTML in memory.
 * Only entries a build used are saved, so the cache never outgrows the site; the new file
 * replaces the old one by rename.
 */
export class RenderCache {
  private readonly used = new Map<string, RenderedBody>();
  /** Where the used bodies are, in the old file (kept as they were) or the new one. */
  private readonly locations = new Map<string, Location>();
  private next: Store | null = null;
  private dirty = false;
  /** Saved once: later bodies stay in memory (the dev server saves after its first build only). */
  private saved = false;

  private constructor(
    private readonly file: string | null,
    private readonly previous: Map<string, Entry>,
    private old: Store | null,
  ) {}

  /** A cache that lives only in memory (the dev server keeps one across rebuilds); `save` does nothing. */
  static inMemory(): RenderCache {
    return new RenderCache(null, new Map(), null);
  }

  /** True when the cache folder holds a render cache (a build ran here before). */
  static exists(cacheDir: string): boolean {
    return existsSync(path.join(cacheDir, FILE));
  }

  /** Opens the cache; a missing or unreadable file (another version, a partial write) starts empty. */
  static async open(cacheDir: string): Promise<RenderCache> {
    const file = path.join(cacheDir, FILE);
    await mkdir(cacheDir, { recursive: true });
    let fd: number | null = null;
    try {
      fd = openSync(file, 'r');
      const size = fstatSync(fd).size;
      const tail = Buffer.alloc(4);
      readSync(fd, tail, 0, 4, size - 4);
      const metaLength = tail.readUInt32LE(0);
      const meta = Buffer.alloc(metaLength);
      readSync(fd, meta, 0, metaLength, size - 4 - metaLength);
      const entries: unknown = deserialize(meta);
      if (entries instanceof Map) return new RenderCache(file, entries as Map<string, Entry>, new Store(fd, size - 4 - metaLength));
    } catch {
      // Start empty: a cache is never worth failing a build for.
    }
    if (fd !== null) closeSync(fd);
    return new RenderCache(file, new Map(), null);
  }

  /** The cached body for a key, remembered as used. */
  get(key: string): RenderedBody | undefined {
    let body = this.used.get(key);
    const entry = body || !this.old ? undefined : this.previous.get(key);
    if (entry && this.old) {
      const location = { store: this.old, entry };
      this.locations.set(key, location);
      this.used.set(key, (body = lazyBody(location)));
    }
    return body;
  }

  /**
   * Stores a fresh body and returns the body to keep using: with a cache file, one that reads
   * its HTML, text and link facts back from the new file, so the fresh strings can be collected.
   */
  set(key: string, body: RenderedBody): RenderedBody {
    this.dirty = true;
    if (this.file === null || this.saved) {
      this.used.set(key, body);
      return body;
    }
    this.next ??= new Store(openSync(`${this.file}.${process.pid}.tmp`, 'w+'), 0);
    const store = this.next;
    const put = (s: string): Span => store.append(Buffer.from(s));
    const entry: Entry = {
      excerpt: body.excerpt,
      readingMinutes: body.readingMinutes,
      diagnostics: body.diagnostics,
      html: put(body.html),
      text: put(body.text),
      ...(body.check ? { check: { diagnostics: body.check.diagnostics, siteFacts: put(JSON.stringify(body.check.siteFacts)) } } : {}),
    };
    const location = { store, entry };
    this.locations.set(key, location);
    const lazy = lazyBody(location);
    this.used.set(key, lazy);
    return lazy;
  }

  /** Writes the new file (used entries only) and swaps it in, when something changed; once. */
  async save(): Promise<void> {
    if (this.file === null || this.saved || (!this.dirty && this.used.size === this.previous.size)) return;
    this.next ??= new Store(openSync(`${this.file}.${process.pid}.tmp`, 'w+'), 0);
    const next = this.next;
    const entries = new Map<string, Entry>();
    for (const [key, location] of this.locations) {
      if (!this.used.has(key)) continue;
      if (location.store !== next) {
        // Kept from the old file: its bytes are copied, and its body reads from the new file from now on.
        const { store, entry } = location;
        const copy = (span: Span): Span => next.append(Buffer.from(store.read(span)));
        location.entry = { ...entry, html: copy(entry.html), text: copy(entry.text), ...(entry.check ? { check: { ...entry.check, siteFacts: copy(entry.check.siteFacts) } } : {}) };
        location.store = next;
      }
      entries.set(key, location.entry);
    }
    const meta = serialize(entries);
    const tail = Buffer.alloc(4);
    tail.writeUInt32LE(meta.length, 0);
    next.append(meta);
    next.append(tail);
    next.flush();
    renameSync(`${this.file}.${process.pid}.tmp`, this.file);
    // Every body reads from the new file now (its descriptor stays open for them).
    if (this.old) closeSync(this.old.fd);
    this.old = null;
    this.next = null;
    this.dirty = false;
    this.saved = true;
  }
}

/**
 * A body whose HTML, text and link facts are read from its cache file each time they are asked
 * for: each is read once or twice a build (a page, the related-posts finder, the link check),
 * and keeping them would put every post's HTML back in memory.
 */
function lazyBody(location: Location): RenderedBody {
  const lazy = <T>(part: (e: Entry) => Span, parse: (s: string) => T) => ({ enumerable: true, get: () => parse(location.store.read(part(location.entry))) });
  const same = (s: string) => s;
  const { entry } = location;
  const body = Object.defineProperties({ excerpt: entry.excerpt, readingMinutes: entry.readingMinutes, diagnostics: entry.diagnostics } as RenderedBody, {
    html: lazy((e) => e.html, same),
    text: lazy((e) => e.text, same),
  });
  if (entry.check) body.check = Object.defineProperties({ diagnostics: entry.check.diagnostics } as PostCheck, { siteFacts: lazy((e) => (e.check as NonNullable<Entry['check']>).siteFacts, JSON.parse) });
  return body;
}
