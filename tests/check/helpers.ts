import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createSiteContext } from '../../src/check/site.js';
import { checkPosts } from '../../src/check/index.js';
import { rules } from '../../src/check/rules/index.js';
import { resolveConfig } from '../../src/config/resolve-config.js';
import type { ResolvedConfig } from '../../src/config/types.js';
import { decodeSource } from '../../src/load/read-source.js';
import type { SourcePost } from '../../src/load/types.js';
import { validatePost } from '../../src/load/validate-post.js';
import type { Diagnostic } from '../../src/report/diagnostic.js';

/** Folder of the check fixtures (its `assets/` is the site's assets folder). */
export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/check');

/** A resolved config rooted at the fixtures, with "now" pinned. */
export function testConfig(rules: ResolvedConfig['check']['rules'] = {}): ResolvedConfig {
  const config = resolveConfig({ title: 'テストサイト', url: 'https://news.example.jp' }, FIXTURES, null, {
    postsDir: FIXTURES,
    now: new Date('2026-01-01T00:00:00Z'),
  });
  return { ...config, check: { rules } };
}

/** Reads one fixture post through the real validator, as the loader would. */
export function loadFixture(rel: string, config: ResolvedConfig = testConfig()): { post: SourcePost; text: string } {
  const absPath = path.join(FIXTURES, rel);
  const decoded = decodeSource(readFileSync(absPath));
  if (!decoded.ok) throw new Error(decoded.message);
  const result = validatePost({ file: rel, absPath, fileName: path.basename(absPath), hash: decoded.hash }, decoded.text, config);
  if (!result.post) throw new Error(`fixture ${rel} does not load: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return { post: result.post, text: decoded.text };
}

/** The posts every check fixture may link to. */
function sitePosts(config: ResolvedConfig): SourcePost[] {
  return readdirSync(path.join(FIXTURES, 'site'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => loadFixture(`site/${f}`, config).post);
}

/** Checks one fixture post with the given rules (all when none are named), among the site posts. */
export function checkFixture(rel: string, ruleIds?: readonly string[], config: ResolvedConfig = testConfig()): Diagnostic[] {
  const { post, text } = loadFixture(rel, config);
  const site = createSiteContext([...sitePosts(config), post], config);
  const selected = ruleIds ? rules.filter((r) => ruleIds.includes(r.id)) : undefined;
  return checkPosts([post], site, { readSource: () => text, ...(selected ? { rules: selected } : {}) });
}

/** `line:column` of each message, in order, for compact assertions. */
export function places(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.line}:${d.column}`);
}
