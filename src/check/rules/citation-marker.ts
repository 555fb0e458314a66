import { codeRanges } from '../util/code-ranges.js';
import { hasReferenceList } from '../util/reference-list.js';
import { lineList } from '../util/text.js';
import type { Finding, Rule, RuleContext } from '../types.js';
import { nodesOf } from '../util/nodes.js';

type Kind = 'literal' | 'dead-link' | 'other';

// Citation numbers as drafting tools leave them, by what they do to the page.
const PATTERNS: Array<[Kind, RegExp]> = [
  ['literal', /\^\{(?:\[\d+\])+\}|\^\[\d+(?:[,，]\s*\d+)*\]|\[\^[^\]\s]+\](?!:)/g],
  ['dead-link', /\[(?:\\?\[)?\d+(?:\\?\])?\]\(\s*#?\s*\)/g],
  ['other', /<sup>\s*\[?\d+(?:[,，\s-]+\d+)*\]?\s*<\/sup>|(?<=[。．.」』）)])(?:[¹²³⁰⁴-⁹]+|[①-⑳])/giu],
];

interface Marker {
  kind: Kind;
  text: string;
  offset: number;
}

function findMarkers(ctx: RuleContext): Marker[] {
  const code = codeRanges(ctx);
  // Real GFM footnote references (`[^1]` with a definition) are fine; only orphans stay text.
  const footnotes: Array<[number, number]> = [];
  for (const node of nodesOf(ctx.tree, 'footnoteReference', 'footnoteDefinition')) {
    if (node.position) footnotes.push([node.position.start.offset ?? 0, node.position.end.offset ?? 0]);
  }
  const body = ctx.source.slice(ctx.bodyOffset);
  const markers: Marker[] = [];
  for (const [kind, re] of PATTERNS) {
    for (const m of body.matchAll(re)) {
      const offset = ctx.bodyOffset + (m.index ?? 0);
      if (code.contains(offset) || footnotes.some(([s, e]) => offset >= s && offset < e)) continue;
      markers.push({ kind, text: m[0], offset });
    }
  }
  return markers.sort((a, b) => a.offset - b.offset);
}

/** One message for a group of markers: where the first is, how many there are, on which lines. */
function report(ctx: RuleContext, list: Marker[], what: (verb: { s: string; is: string }) => string, note: string): Finding {
  const first = list[0] as Marker;
  const lines = list.map((m) => ctx.positionAt(m.offset).line);
  const one = list.length === 1;
  const subject = one ? `Citation marker "${first.text}"` : `${list.length} citation markers such as "${first.text}"`;
  const verb = one ? { s: 's', is: 'is' } : { s: '', is: 'are' };
  return { position: ctx.positionAt(first.offset), message: `${subject} ${what(verb)} (${lineList(lines)})`, note };
}

/** Citation numbers (`^{[1]}`, `[\[1\]](#)`, `<sup>1</sup>`, `。¹`) that lead nowhere or show literally. */
export const citationMarker: Rule = {
  id: 'citation-marker',
  description: 'Citation numbers such as `^{[1]}`, `[\\[1\\]](#)` or `<sup>1</sup>` with no reference list, linking to `#`, or shown literally.',
  defaultLevel: 'warning',
  check(ctx) {
    const markers = findMarkers(ctx);
    if (!markers.length) return [];
    const findings: Finding[] = [];
    const withList = hasReferenceList(ctx.tree);
    const footnoteNote = 'Use GFM footnotes ("text[^1]" and "[^1]: source" below), or delete the markers.';
    if (!withList) {
      findings.push(report(ctx, markers, (v) => `point${v.s} to no reference list`, `Add a "## 参考文献" list of the sources or GFM footnotes ("text[^1]" and "[^1]: source" below), or delete the markers.`));
    }
    const dead = markers.filter((m) => m.kind === 'dead-link');
    if (dead.length) {
      findings.push(report(ctx, dead, (v) => `link${v.s} to "#" and lead${v.s} nowhere`, 'Link each number to its source (GFM footnotes "[^1]" do this for you), or delete them.'));
    }
    const literal = markers.filter((m) => m.kind === 'literal');
    if (literal.length && withList) {
      findings.push(report(ctx, literal, (v) => `${v.is} not Markdown and show${v.s} as typed`, footnoteNote));
    }
    return findings;
  },
};
