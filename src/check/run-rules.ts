import type { RuleLevel } from '../config/types.js';
import { error, warning, type Diagnostic } from '../report/diagnostic.js';
import type { Rule, RuleContext } from './types.js';

// Running rules on a context, apart from parsing (`./parse-body.js`): the build's main thread
// runs the site-wide rules on trees the render threads made, without loading a Markdown parser.

/** The level a rule runs at: `check.rules` in the site config, else the rule's default. */
export function ruleLevel(rule: Rule, levels: Readonly<Record<string, RuleLevel>>): RuleLevel {
  return levels[rule.id] ?? rule.defaultLevel;
}

/** Runs one rule, turning a crash into a message so the other rules and posts still get checked. */
function runRule(rule: Rule, ctx: RuleContext, level: 'warning' | 'error'): Diagnostic[] {
  const make = level === 'error' ? error : warning;
  try {
    return rule.check(ctx).map((f) => make(ctx.post.file, f.position, rule.id, f.message, f.note));
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return [warning(ctx.post.file, undefined, rule.id, `The "${rule.id}" check crashed on this post: ${reason}`, 'Report this as a bug with the post attached; the other checks still ran.')];
  }
}

/** Runs the given rules on one post's context at their configured levels (or all as warnings). */
export function checkContext(ctx: RuleContext, active: readonly Rule[], levels: Readonly<Record<string, RuleLevel>>, asWarnings: boolean): Diagnostic[] {
  return active.flatMap((rule) => runRule(rule, ctx, asWarnings || ruleLevel(rule, levels) !== 'error' ? 'warning' : 'error'));
}

