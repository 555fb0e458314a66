import path from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import type { SourcePost } from '../load/types.js';
import { RenderCache } from '../render/render-cache.js';
import { renderPosts } from '../render/render-pool.js';
import type { RenderInput, RenderedBody } from '../render/render-post.js';
import { codeFingerprint, hashOf } from '../util/fingerprint.js';

/** Rendered bodies by post, and how many came from the cache. */
export interface RenderStageResult {
  bodies: Map<SourcePost, RenderedBody>;
  cached: number;
  rendered: number;
}

let fingerprint: string | null = null;

/** Our render code and dependency versions: computed once per process. */
function renderFingerprint(): string {
  const srcRender = new URL('../render/', import.meta.url).pathname;
  // The content check runs inside rendering (see src/check/in-build.ts), so its code counts too.
  const srcCheck = new URL('../check/', import.meta.url).pathname;
  fingerprint ??= codeFingerprint([srcRender, srcCheck], path.resolve(srcRender, '../../package-lock.json'));
  return fingerprint;
}

/**
 * Renders every post body, taking unchanged ones from the content-addressed cache: the key is
 * the file's bytes, its display path, the URL settings and the render code's fingerprint.
 * `cache`: false for none, true (default) for the cache folder, opened and saved here, or a
 * cache the caller keeps across builds (the dev server), which the caller saves when it wants.
 */
export async function renderStage(posts: readonly SourcePost[], config: ResolvedConfig, options: { workers?: number; cache?: boolean | RenderCache } = {}): Promise<RenderStageResult> {
  const own = options.cache === undefined || options.cache === true;
  const cache = options.cache instanceof RenderCache ? options.cache : own ? await RenderCache.open(config.cacheDir) : null;
  const salt = renderFingerprint();
  const bodies = new Map<SourcePost, RenderedBody>();
  const todo: Array<{ post: SourcePost; key: string; input: RenderInput }> = [];
  for (const post of posts) {
    const key = hashOf(salt, post.hash, post.file, config.basePath, config.url, config.timezone, JSON.stringify(config.check.rules));
    const hit = cache?.get(key);
    if (hit) bodies.set(post, hit);
    else todo.push({ post, key, input: { file: post.file, body: post.body, bodyLine: post.bodyLine, basePath: config.basePath, siteUrl: config.url, check: { post, config } } });
  }
  // Each body goes to the cache as its batch comes back, and the cache's body (read back from
  // its file when needed) is kept: a cold build does not hold every post's HTML in memory.
  // Failed renders are not cached: the next build tries again.
  const keep = (body: RenderedBody, i: number): RenderedBody => {
    const t = todo[i] as (typeof todo)[number];
    return cache && !body.diagnostics.some((d) => d.severity === 'error') ? cache.set(t.key, body) : body;
  };
  const fresh = await renderPosts(
    todo.map((t) => t.input),
    { onRendered: keep, ...(options.workers === undefined ? {} : { workers: options.workers }) },
  );
  todo.forEach((t, i) => bodies.set(t.post, fresh[i] as RenderedBody));
  if (own) await cache?.save();
  return { bodies, cached: posts.length - todo.length, rendered: todo.length };
}
