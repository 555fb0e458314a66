import type { Root, RootContent } from 'mdast';
import type { ResolvedConfig } from '../config/types.js';
import type { SourcePost } from '../load/types.js';
import type { Diagnostic } from '../report/diagnostic.js';
import { createRuleContext } from './context.js';
import { nodesOf } from './util/nodes.js';
import { checkContext, ruleLevel } from './run-rules.js';
import { rules } from './rules/index.js';
import type { SiteContext } from './types.js';

/**
 * The content check inside `build` and `dev`, as warnings, without parsing any post twice.
 * Per-post rules run in the render workers on the render stage's own tree (and are cached with
 * the rendered body); the rules that need the whole site's page list run on the main thread
 * after collect, on the few nodes they look at (links, images, raw HTML), kept from the worker.
 */
const SITE_RULES = new Set(['dead-internal-link', 'missing-image']);
const FACT_TYPES = ['link', 'definition', 'image', 'imageReference', 'html'] as const;

const active = (config: ResolvedConfig, site: boolean) => rules.filter((r) => SITE_RULES.has(r.id) === site && ruleLevel(r, config.check.rules) !== 'off');

/** What a render worker finds in one post: warnings, and the nodes the site rules need (file coordinates). */
export interface PostCheck {
  diagnostics: Diagnostic[];
  siteFacts: Root;
}

/** In a render worker: per-post rules on the rendered tree (body coordinates; moved to file coordinates here). */
export function checkRenderedPost(post: SourcePost, source: string, bodyTree: Root, config: ResolvedConfig): PostCheck {
  const site: SiteContext = { knownPaths: new Set(), assetExists: () => true, config };
  const ctx = createRuleContext(post, source, site, { tree: bodyTree, coordinates: 'body' });
  const facts: RootContent[] = [];
  for (const node of nodesOf(ctx.tree, ...FACT_TYPES)) facts.push(node as RootContent);
  return { diagnostics: checkContext(ctx, active(config, false), config.check.rules, true), siteFacts: { type: 'root', children: facts } };
}

/** On the main thread, after collect: dead internal links and missing images, against the real site. */
export function checkSiteFacts(posts: ReadonlyArray<{ post: SourcePost; source: string; facts: Root }>, site: SiteContext): Diagnostic[] {
  const siteRules = active(site.config, true);
  if (siteRules.length === 0) return [];
  return posts.flatMap(({ post, source, facts }) => checkContext(createRuleContext(post, source, site, { tree: facts, coordinates: 'file' }), siteRules, site.config.check.rules, true));
}
