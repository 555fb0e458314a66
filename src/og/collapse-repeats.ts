import type { Diagnostic } from '../report/diagnostic.js';

/** Rules whose message is the same for every card when the cause is shared (a broken template, a read-only cache). */
const SHARED_CAUSE_RULES = new Set(['og-render', 'og-cache']);

/**
 * Keeps the first `keep` diagnostics of each repeated render or cache message and replaces the rest
 * with one that counts them, so a broken template reports a few posts, not 10,000.
 * Expects the diagnostics sorted; other rules pass through untouched.
 */
export function collapseRepeats(diagnostics: readonly Diagnostic[], keep = 3): Diagnostic[] {
  const seen = new Map<string, number>();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (!SHARED_CAUSE_RULES.has(d.ruleId)) {
      out.push(d);
      continue;
    }
    const id = `${d.ruleId}\n${d.message}`;
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    if (count <= keep) out.push(d);
  }
  for (const [id, count] of seen) {
    if (count <= keep) continue;
    const first = out.find((d) => `${d.ruleId}\n${d.message}` === id);
    if (first) out.push({ ...first, message: `${first.message} (the same for ${count - keep} more cards)` });
  }
  return out;
}
