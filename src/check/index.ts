import type { RuleLevel } from '../config/types.js';
import type { SourcePost } from '../load/types.js';
import { warning, type Diagnostic } from '../report/diagnostic.js';
import { createRuleContext } from './context.js';
import { parseBody } from './parse-body.js';
import { checkContext, ruleLevel } from './run-rules.js';
import { readPostSource } from './read-post-source.js';
import { rules as allRules } from './rules/index.js';
import type { Rule, SiteContext } from './types.js';

// The public API of the content check; `runCheck` (the CLI command) lives in `./command.js`.
export { createSiteContext } from './site.js';
export { fixPosts, type FixResult } from './fix-posts.js';
export { rules } from './rules/index.js';
export { checkContext, ruleLevel } from './run-rules.js';
export type { Edit, Finding, Rule, RuleContext, SiteContext } from './types.js';

/** How `checkPosts` reads files and reports. */
export interface CheckOptions {
  /** Reads a post's whole file text; by default from `post.absPath` on disk. */
  readSource?: (post: SourcePost) => string | null;
  /** Report every finding as a warning whatever its level, as `build` and `dev` do. */
  asWarnings?: boolean;
  /** Rules to run; all of them by default. */
  rules?: readonly Rule[];
}

/**
 * Checks every post with every rule that is not `off`, at the level the config gives it.
 * Each body is parsed once and shared by all rules. Returns messages in no particular order
 * (the reporter sorts them).
 */
export function checkPosts(posts: readonly SourcePost[], site: SiteContext, options: CheckOptions = {}): Diagnostic[] {
  const levels = site.config.check.rules;
  const active = (options.rules ?? allRules).filter((r) => ruleLevel(r, levels) !== 'off');
  if (!active.length) return [];
  const read = options.readSource ?? readPostSource;
  return posts.flatMap((post) => checkContext(createRuleContext(post, read(post), site, { tree: parseBody(post.body), coordinates: 'body' }), active, levels, options.asWarnings === true));
}

/** Messages for rule ids in `check.rules` that no rule has (a typo would silently do nothing). */
export function unknownRuleLevels(levels: Readonly<Record<string, RuleLevel>>, configFile: string): Diagnostic[] {
  const known = new Set(allRules.map((r) => r.id));
  return Object.keys(levels)
    .filter((id) => !known.has(id))
    .sort()
    .map((id) =>
      warning(configFile, undefined, 'check-config', `check.rules names "${id}", which is not a rule`, `Use one of: ${[...known].sort().join(', ')}.`),
    );
}
