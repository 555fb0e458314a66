import path from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import { findPostFiles } from '../load/load-posts.js';
import { isPostFile } from '../load/post-file-name.js';
import { readSource, type SourceText } from '../load/read-source.js';
import type { SourcePost } from '../load/types.js';
import { validatePost } from '../load/validate-post.js';
import { error, type Diagnostic } from '../report/diagnostic.js';
import { displayPath } from '../util/display-path.js';
import { mapLimit } from '../util/map-limit.js';

interface FileState {
  hash: string | null;
  post: SourcePost | null;
  diagnostics: Diagnostic[];
}

/**
 * The posts folder as last read, for the incremental build: reads and validates posts exactly
 * as `loadPosts` does, but only the files it is told changed, and notices when a saved file's
 * bytes did not change at all.
 */
export class PostFiles {
  private readonly files = new Map<string, FileState>();
  private folderProblem: Diagnostic | null = null;
  /** The post each file read by the last `read` had before (null: none, or it was broken). */
  readonly replaced = new Map<string, SourcePost | null>();

  constructor(private readonly config: ResolvedConfig) {}

  /** Every valid post, in file path order (the order `loadPosts` gives). */
  posts(): SourcePost[] {
    return [...this.files.values()].flatMap((f) => (f.post ? [f.post] : []));
  }

  /** The valid post of a file, if any. */
  post(absPath: string): SourcePost | null {
    return this.files.get(absPath)?.post ?? null;
  }

  /** Every problem found reading the folder and its files. */
  diagnostics(): Diagnostic[] {
    return [...(this.folderProblem ? [this.folderProblem] : []), ...[...this.files.values()].flatMap((f) => f.diagnostics)];
  }

  /** Reads the given post files (the whole folder when null); returns the files whose post changed. */
  async read(only: readonly string[] | null): Promise<Set<string>> {
    this.replaced.clear();
    const touched = new Set<string>();
    let paths = only?.filter((p) => isPostFile(path.basename(p))) ?? [];
    if (only === null) {
      this.folderProblem = null;
      try {
        paths = await findPostFiles(this.config.postsDir);
      } catch {
        const dir = displayPath(this.config.postsDir);
        this.folderProblem = error(dir, undefined, 'posts-folder', `Posts folder "${dir}" cannot be read`, 'Create it, or point --posts (or postsDir in site.config.ts) at the folder that holds your .md files.');
      }
      const present = new Set(paths);
      for (const [abs, state] of this.files) {
        if (present.has(abs)) continue;
        this.replaced.set(abs, state.post);
        this.files.delete(abs);
        touched.add(abs);
      }
    }
    await mapLimit(paths, 64, async (abs) => {
      if (await this.readOne(abs)) touched.add(abs);
    });
    if (touched.size > 0) {
      // The order loadPosts gives: by path, so a rebuild sees posts exactly as a build does.
      const sorted = [...this.files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      this.files.clear();
      for (const [abs, state] of sorted) this.files.set(abs, state);
    }
    return touched;
  }

  /** Reads and validates one post file, like `loadPosts` does; false when its bytes did not change. */
  private async readOne(abs: string): Promise<boolean> {
    const old = this.files.get(abs);
    let source: SourceText;
    try {
      source = await readSource(abs);
    } catch {
      // Deleted (or unreadable) since the watcher saw it: the post is gone.
      if (!old) return false;
      this.replaced.set(abs, old.post);
      this.files.delete(abs);
      return true;
    }
    const hash = source.ok ? source.hash : null;
    if (old && hash !== null && old.hash === hash) return false;
    this.replaced.set(abs, old?.post ?? null);
    const file = displayPath(abs);
    if (!source.ok) {
      this.files.set(abs, { hash, post: null, diagnostics: [error(file, undefined, 'source-encoding', source.message, source.note)] });
      return true;
    }
    const { post, diagnostics } = validatePost({ file, absPath: abs, fileName: path.basename(abs), hash: source.hash }, source.text, this.config);
    this.files.set(abs, { hash, post, diagnostics });
    return true;
  }
}
