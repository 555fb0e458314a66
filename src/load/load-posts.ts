import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import { error, type Diagnostic } from '../report/diagnostic.js';
import { displayPath } from '../util/display-path.js';
import { mapLimit } from '../util/map-limit.js';
import { hashOf } from '../util/fingerprint.js';
import type { LoadCache } from './load-cache.js';
import { isPostFile } from './post-file-name.js';
import { decodeSource, hashBytes, readSourceBytes } from './read-source.js';

/** The text of bytes that decoded before (a cache hit): decoding cannot fail. */
const decodedText = (bytes: Uint8Array): string => {
  const source = decodeSource(bytes);
  return source.ok ? source.text : '';
};
import type { SourcePost } from './types.js';

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
    const bytes = await readSourceBytes(absPath);
    const key = cache ? hashOf(options.salt ?? '', hashBytes(bytes), file, absPath) : '';
    const hit = cache?.validated(key, bytes, decodedText);
    if (hit) return hit;
    const source = decodeSource(bytes);
    if (!source.ok) return { post: null, diagnostics: [error(file, undefined, 'source-encoding', source.message, source.note)] };
    // Loaded on the first file not in the cache: a warm build parses no YAML and needs no parser.
    const { validatePost } = await import('./validate-post.js');
    const result = validatePost({ file, absPath, fileName: path.basename(absPath), hash: source.hash }, source.text, config);
    cache?.remember(key, bytes, result);
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
