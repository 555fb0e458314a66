import { foldFullwidthAlnum, FULLWIDTH_ALNUM } from '../util/text.js';
import { frontMatterPosition, keyLines } from '../util/front-matter.js';
import type { Edit, Finding, Rule, RuleContext } from '../types.js';

const has = (s: string) => s.search(FULLWIDTH_ALNUM) >= 0;

/** The fix: fold full-width letters and digits on the `tags` lines of the front matter. */
function fixTags(ctx: RuleContext): Edit[] {
  const lines = keyLines(ctx, 'tags');
  if (!lines) return [];
  const edits: Edit[] = [];
  let offset = ctx.lines.slice(0, lines[0] - 1).reduce((n, l) => n + l.length + 1, 0);
  for (let line = lines[0]; line <= lines[1]; line++) {
    const text = ctx.lines[line - 1] ?? '';
    const folded = foldFullwidthAlnum(text);
    if (folded !== text) {
      const changed = [...new Set(text.match(FULLWIDTH_ALNUM) ?? [])].join('');
      edits.push({ start: offset, end: offset + text.length, text: folded, line, description: `folded full-width "${changed}" to ASCII in tags` });
    }
    offset += text.length + 1;
  }
  return edits;
}

/** Full-width Latin letters and digits (`ＡＩ`, `ＧＰＴ－５`) in the title or tags. */
export const fullwidthAscii: Rule = {
  id: 'fullwidth-ascii',
  description: 'Full-width Latin letters or digits (`ＡＩ`) in the title or tags; `--fix` folds them in tags.',
  defaultLevel: 'warning',
  fixable: true,
  check(ctx) {
    const findings: Finding[] = [];
    if (has(ctx.post.title)) {
      const first = ctx.post.title.match(FULLWIDTH_ALNUM)?.[0] ?? '';
      findings.push({
        position: frontMatterPosition(ctx, 'title', first),
        message: `Title "${ctx.post.title}" has full-width letters or digits`,
        note: `Write them in ASCII: "${foldFullwidthAlnum(ctx.post.title)}".`,
      });
    }
    for (const tag of ctx.post.tags.filter(has)) {
      findings.push({
        position: frontMatterPosition(ctx, 'tags', tag),
        message: `Tag "${tag}" has full-width letters or digits, so it becomes a different tag from "${foldFullwidthAlnum(tag)}"`,
        note: `Write it as "${foldFullwidthAlnum(tag)}"; \`check --fix\` does this for tags.`,
      });
    }
    return findings;
  },
  fix: fixTags,
};
