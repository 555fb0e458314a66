import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import { error, type Diagnostic } from '../report/diagnostic.js';
import { displayPath } from '../util/display-path.js';
import { mapLimit } from '../util/map-limit.js';
import { hashOf } from '../util/fingerprint.js';
import type { LoadCache } from './load-cache.js';
import { isPostFile } from './post-file-name.js';
import { readSource } from './read-source.js';
import type { SourcePost } from './types.js';
import { validatePost } from './validate-post.js';

/** Every post of the posts folder (drafts and future posts included) and every problem found. */
export interface LoadResult {
  posts: SourcePost[];
  diagnostics: Diagnostic[];
}

/** Lists post files in the posts folder (recursively, like Jekyll's `_posts/`), sorted by path. */
export async function findPostFiles(postsDir: string): Promise<string[]> {
  const entries = await readdir(postsDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && isPostFile(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/**
 * Reads, parses and validates every post; never stops at the first broken file. With a
 * `cache` (and its `salt`: our code and the config), files read before are not parsed again.
 */
export async function loadPosts(config: ResolvedConfig, options: { cache?: LoadCache; salt?: string } = {}): Promise<LoadResult> {
  const { cache } = options;
  let files: string[];
  try {
    files = await findPostFiles(config.postsDir);
  } catch {
    const dir = displayPath(config.postsDir);
    return {
      posts: [],
      diagnostics: [error(dir, undefined, 'posts-folder', `Posts folder "${dir}" cannot be read`, 'Create it, or point --posts (or postsDir in site.config.ts) at the folder that holds your .md files.')],
    };
  }
  const results = await mapLimit(files, 64, async (absPath) => {
    const file = displayPath(absPath);
    const source = await readSource(absPath);
    if (!source.ok) return { post: null, diagnostics: [error(file, undefined, 'source-encoding', source.message, source.note)] };
    const info = { file, absPath, fileName: path.basename(absPath), hash: source.hash };
    const key = cache ? hashOf(options.salt ?? '', info.hash, info.file, info.absPath) : '';
    const hit = cache?.validated(key, source.text);
    if (hit) return hit;
    const result = validatePost(info, source.text, config);
    cache?.remember(key, result);
    return result;
  });
  const posts: SourcePost[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const r of results) {
    if (r.post) posts.push(r.post);
    diagnostics.push(...r.diagnostics);
  }
  return { posts, diagnostics };
}

/** Leaves out drafts and future posts unless the config asks for them. */
export function selectPublished(posts: readonly SourcePost[], config: ResolvedConfig): SourcePost[] {
  const now = config.now.getTime();
  return posts.filter((p) => (config.drafts || !p.draft) && (config.future || p.date.getTime() <= now));
}
