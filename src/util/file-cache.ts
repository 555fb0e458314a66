import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';

/**
 * Results by key, kept in one file between builds: one file, not one per entry, so a warm build
 * reads it once instead of opening thousands. Only the entries a build used are saved, so the
 * cache never outgrows the site. Values must survive `v8.serialize` (plain data, Dates, Maps,
 * Buffers).
 */
export class FileCache<T> {
  private readonly used = new Map<string, T>();
  private dirty = false;

  private constructor(
    private readonly file: string,
    private readonly previous: Map<string, T>,
  ) {}

  /** Opens the cache kept in `file`; a missing or unreadable file (another version, a partial write) starts empty. */
  static async open<T>(file: string): Promise<FileCache<T>> {
    let previous = new Map<string, T>();
    try {
      const data: unknown = deserialize(await readFile(file));
      if (data instanceof Map) previous = data as Map<string, T>;
    } catch {
      // Start empty: a cache is never worth failing a build for.
    }
    return new FileCache(file, previous);
  }

  /** The cached value for a key, remembered as used. */
  get(key: string): T | undefined {
    const hit = this.used.get(key) ?? this.previous.get(key);
    if (hit !== undefined) this.used.set(key, hit);
    return hit;
  }

  /** Stores a fresh value. */
  set(key: string, value: T): void {
    this.used.set(key, value);
    this.dirty = true;
  }

  /** Writes the used entries atomically (temp file + rename), only when something changed. */
  async save(): Promise<void> {
    if ((!this.dirty && this.used.size === this.previous.size)) return;
    await mkdir(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    await writeFile(tmp, serialize(this.used));
    await rename(tmp, this.file);
    this.dirty = false;
  }
}
