import type { ResolvedConfig } from '../config/types.js';
import { loadPosts } from '../load/load-posts.js';
import { sortDiagnostics, type Diagnostic } from '../report/diagnostic.js';
import { formatDiagnostics } from '../report/format.js';
import { displayPath } from '../util/display-path.js';
import { checkPosts, unknownRuleLevels } from './index.js';
import { fixPosts, type FixResult } from './fix-posts.js';
import { createSiteContext } from './site.js';

/** What `check` was asked to do, from the command line. */
export interface CheckCommandOptions {
  config: ResolvedConfig;
  /** Fail (exit 1) on warnings too. */
  strict: boolean;
  /** `text` for people (vfile-reporter layout), `json` for tools. */
  format: 'text' | 'json';
  /** Apply safe fixes first, keeping originals as `.orig`. */
  fix: boolean;
}

/** What the CLI prints and the exit code it sets. */
export interface CheckCommandResult {
  exitCode: number;
  output: string;
}

function formatFixes(fixes: readonly FixResult[]): string[] {
  return fixes.flatMap((f) => [
    `fixed ${f.file} (original kept as ${f.backup})`,
    ...f.changes.map((c) => `  ${String(c.line).padEnd(7)} ${c.description}  ${c.ruleId}`),
    '',
  ]);
}

/** Loads the posts and checks them against each other and the site: the loader's messages plus every rule's. */
async function checkAll(config: ResolvedConfig): Promise<{ posts: number; diagnostics: Diagnostic[] }> {
  const loaded = await loadPosts(config);
  const site = createSiteContext(loaded.posts, config);
  const configFile = displayPath(config.configFile ?? 'site.config.ts');
  const diagnostics = [...loaded.diagnostics, ...unknownRuleLevels(config.check.rules, configFile), ...checkPosts(loaded.posts, site)];
  return { posts: loaded.posts.length, diagnostics: sortDiagnostics(diagnostics) };
}

/**
 * `check`: loads every post (drafts and future posts too), runs the content rules, and
 * reports. With `fix`, safe fixes are applied first and the posts checked again, so the
 * report shows what is left. Exit code 1 on any error, or on any warning with `strict`.
 */
export async function runCheck(options: CheckCommandOptions): Promise<CheckCommandResult> {
  const { config } = options;
  let fixes: FixResult[] = [];
  if (options.fix) {
    const loaded = await loadPosts(config);
    fixes = await fixPosts(loaded.posts, createSiteContext(loaded.posts, config));
  }
  const { posts, diagnostics } = await checkAll(config);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const exitCode = errors > 0 || (options.strict && warnings > 0) ? 1 : 0;
  if (options.format === 'json') {
    return { exitCode, output: JSON.stringify({ posts, errors, warnings, diagnostics, fixes }, null, 2) };
  }
  const report = diagnostics.length ? formatDiagnostics(diagnostics) : `✔ ${posts} ${posts === 1 ? 'post' : 'posts'} checked: no problems found`;
  return { exitCode, output: [...formatFixes(fixes), report].join('\n') };
}
