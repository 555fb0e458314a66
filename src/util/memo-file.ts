import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * One result of a whole-site step, kept in the cache folder with the key of its inputs: a build
 * whose inputs hash to the same key reuses it (related posts, the site-wide link check). JSON,
 * written atomically; a missing or broken file is simply a miss.
 */
export class MemoFile<T> {
  private fresh: { key: string; value: T } | null = null;

  private constructor(
    private readonly file: string,
    private readonly previous: { key: string; value: T } | null,
  ) {}

  static async open<T>(file: string): Promise<MemoFile<T>> {
    try {
      const data = JSON.parse(await readFile(file, 'utf8')) as { key?: unknown; value?: unknown };
      if (typeof data.key === 'string' && data.value !== undefined) return new MemoFile<T>(file, { key: data.key, value: data.value as T });
    } catch {
      // A miss: a cache is never worth failing a build for.
    }
    return new MemoFile<T>(file, null);
  }

  /** The value saved for `key`, or `compute()`'s, remembered for `save`. */
  get(key: string, compute: () => T): T {
    if (this.previous?.key === key) return this.previous.value;
    const value = compute();
    this.fresh = { key, value };
    return value;
  }

  /** The value saved for `key`, if that is the key it was saved with. */
  peek(key: string): T | undefined {
    return this.previous?.key === key ? this.previous.value : undefined;
  }

  /** Remembers a value for `key`, for `save`. */
  put(key: string, value: T): void {
    this.fresh = { key, value };
  }

  /** Writes a fresh value atomically (temp file + rename); nothing when the saved one was used. */
  async save(): Promise<void> {
    if (!this.fresh) return;
    await mkdir(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(this.fresh));
    await rename(tmp, this.file);
    this.fresh = null;
  }
}
