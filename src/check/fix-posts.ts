import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { decodeSource } from '../load/read-source.js';
import type { SourcePost } from '../load/types.js';
import { createRuleContext } from './context.js';
import { parseBody } from './parse-body.js';
import { rules as allRules } from './rules/index.js';
import type { Edit, Rule, SiteContext } from './types.js';

/** One change `--fix` made. */
export interface FixChange {
  /** Line of the original file where the change starts. */
  line: number;
  ruleId: string;
  /** What was done, e.g. `removed the marker "---END---" (line 47)`. */
  description: string;
}

/** The changes made to one file and where its original was kept. */
export interface FixResult {
  /** Path as shown in messages. */
  file: string;
  /** Path of the untouched original, e.g. `posts/2025-12-02-x.md.orig`. */
  backup: string;
  changes: FixChange[];
}

/** Applies edits from the end backwards; an edit overlapping one already taken is skipped. */
export function applyEdits(source: string, edits: ReadonlyArray<Edit & { ruleId: string }>): { text: string; applied: FixChange[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const taken: typeof sorted = [];
  for (const e of sorted) if (!taken.length || e.start >= (taken[taken.length - 1] as Edit).end) taken.push(e);
  let text = source;
  for (const e of [...taken].reverse()) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return { text, applied: taken.map((e) => ({ line: e.line, ruleId: e.ruleId, description: e.description })) };
}

/** `name.md.orig`, or `name.md.orig.2`, … when an earlier backup is already there: originals are never overwritten. */
function backupName(absPath: string): string {
  let name = `${absPath}.orig`;
  for (let n = 2; existsSync(name); n++) name = `${absPath}.orig.${n}`;
  return name;
}

/**
 * `check --fix`: applies the safe fixes of every fixable rule that is not `off` (dropping
 * marker lines and the exact repetitions after them, folding full-width letters in tags),
 * keeps each original beside its file as `.orig`, and keeps the file's BOM and line endings.
 */
export async function fixPosts(posts: readonly SourcePost[], site: SiteContext, options: { rules?: readonly Rule[] } = {}): Promise<FixResult[]> {
  const levels = site.config.check.rules;
  const fixers = (options.rules ?? allRules).filter((r) => r.fix && (levels[r.id] ?? r.defaultLevel) !== 'off');
  const results: FixResult[] = [];
  for (const post of posts) {
    const bytes = await readFile(post.absPath);
    const decoded = decodeSource(bytes);
    if (!decoded.ok) continue;
    const ctx = createRuleContext(post, decoded.text, site, { tree: parseBody(post.body), coordinates: 'body' });
    if (ctx.source !== decoded.text) continue;
    const edits = fixers.flatMap((rule) => (rule.fix?.(ctx) ?? []).map((e) => ({ ...e, ruleId: rule.id })));
    if (!edits.length) continue;
    const { text, applied } = applyEdits(decoded.text, edits);
    if (text === decoded.text) continue;
    const raw = new TextDecoder().decode(bytes);
    let out = raw.includes('\r\n') ? text.replace(/\n/g, '\r\n') : text;
    if (raw.charCodeAt(0) === 0xfeff) out = `\uFEFF${out}`;
    const backup = backupName(post.absPath);
    await writeFile(backup, bytes, { flag: 'wx' });
    const tmp = `${post.absPath}.fix-tmp`;
    await writeFile(tmp, out);
    await rename(tmp, post.absPath);
    results.push({ file: post.file, backup: post.file + backup.slice(post.absPath.length), changes: applied });
  }
  return results;
}
