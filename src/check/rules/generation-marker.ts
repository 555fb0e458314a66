import { lineRange } from '../util/blocks.js';
import { planMarkerFix, type MarkerPlan } from '../util/marker-plan.js';
import type { Edit, Rule, RuleContext } from '../types.js';

function describe(plan: MarkerPlan): string {
  const what = `removed the marker "${plan.marker.text}" (line ${plan.marker.line})`;
  return plan.repeated ? `${what} and ${lineRange(plan.repeated.from, plan.repeated.to)} after it, which repeat earlier text` : what;
}

/** Joins back-to-back deletions, and lets a deletion that reaches the end also take the blank lines before it. */
function toEdits(ctx: RuleContext, plans: MarkerPlan[]): Edit[] {
  const edits: Edit[] = [];
  for (const plan of plans) {
    const prev = edits[edits.length - 1];
    if (prev && prev.end === plan.start) {
      prev.end = plan.end;
      prev.description += `; ${describe(plan)}`;
    } else {
      edits.push({ start: plan.start, end: plan.end, text: '', line: plan.marker.line, description: describe(plan) });
    }
  }
  const { source } = ctx;
  for (const edit of edits) {
    if (edit.end === source.length) {
      while (edit.start > ctx.bodyOffset + 1 && source[edit.start - 1] === '\n' && source[edit.start - 2] === '\n') edit.start--;
    } else if (edit.start > ctx.bodyOffset && source[edit.start - 2] !== '\n' && /\n[ \t]*\n/.test(source.slice(edit.start - 1, edit.end))) {
      // The marker sat right under a paragraph line; keep the blank line that separated what follows.
      edit.text = '\n';
    }
  }
  return edits;
}

/** Lines such as `---END---` or `[END]` that a drafting tool left between chunks of text. */
export const generationMarker: Rule = {
  id: 'generation-marker',
  description: 'A marker line such as `---END---`, `=== BEGIN ===` or `[END]` left by a drafting tool.',
  defaultLevel: 'error',
  fixable: true,
  check(ctx) {
    return planMarkerFix(ctx).map((plan) => ({
      position: { line: plan.marker.line, column: plan.marker.column },
      message: `Generation marker "${plan.marker.text}" is left in the text`,
      note: plan.repeated
        ? `Delete it and ${lineRange(plan.repeated.from, plan.repeated.to)} after it, which only repeat earlier text; \`check --fix\` does both.`
        : 'Delete this line (`check --fix` does), then read the text around it: the paragraph before it may stop mid-sentence or be repeated after it.',
    }));
  },
  fix(ctx) {
    return toEdits(ctx, planMarkerFix(ctx));
  },
};
