import type { RuleContext } from '../types.js';
import { markerLines, type MarkerLine } from './markers.js';

/** What `--fix` may do at one marker: always drop the line, and maybe the repetition after it. */
export interface MarkerPlan {
  marker: MarkerLine;
  /** Offset where the marker line starts. */
  start: number;
  /** Offset where the deletion ends: after the marker line and its blank lines, or after the repetition. */
  end: number;
  /** Lines of the repetition that follows the marker and is dropped with it, or null. */
  repeated: { from: number; to: number } | null;
}

const strip = (s: string) => s.replace(/\s+/g, '');

/**
 * Plans the safe removal of every marker line. The text between a marker and the next marker
 * (or the end) is dropped too, but only when every block in it already appears, character for
 * character apart from whitespace, in the text that stays: nothing unproven is ever deleted.
 */
export function planMarkerFix(ctx: RuleContext): MarkerPlan[] {
  const markers = markerLines(ctx);
  const { source } = ctx;
  const children = ctx.tree.children.filter((n) => n.position);
  let kept = strip(source.slice(ctx.bodyOffset, markers[0]?.start ?? source.length));
  const plans: MarkerPlan[] = [];
  markers.forEach((marker, k) => {
    const lineEnd = Math.min(source.length, marker.start + (ctx.lines[marker.line - 1] ?? '').length + 1);
    const segEnd = markers[k + 1]?.start ?? source.length;
    let afterBlanks = lineEnd;
    while (afterBlanks < segEnd) {
      const next = source.indexOf('\n', afterBlanks);
      const lineText = source.slice(afterBlanks, next === -1 ? source.length : next);
      if (lineText.trim() !== '') break;
      afterBlanks = next === -1 ? source.length : next + 1;
    }
    const inside = children.filter((n) => (n.position?.end.offset ?? 0) > lineEnd && (n.position?.start.offset ?? 0) < segEnd);
    const whole = inside.every((n) => (n.position?.start.offset ?? 0) >= lineEnd && (n.position?.end.offset ?? 0) <= segEnd);
    // Text no block accounts for (a kramdown `{: …}` line the parser dropped) is never proven.
    let uncovered = source.slice(lineEnd, segEnd);
    for (const n of [...inside].reverse()) {
      const s = (n.position?.start.offset ?? 0) - lineEnd;
      const e = (n.position?.end.offset ?? 0) - lineEnd;
      uncovered = uncovered.slice(0, Math.max(0, s)) + uncovered.slice(Math.max(0, e));
    }
    const proven =
      inside.length > 0 &&
      whole &&
      !/\S/.test(uncovered) &&
      inside.every((n) => {
        const text = strip(source.slice(n.position?.start.offset ?? 0, n.position?.end.offset ?? 0));
        return text === '' || kept.includes(text);
      });
    const first = inside[0]?.position?.start.line ?? marker.line;
    const last = inside[inside.length - 1]?.position?.end.line ?? marker.line;
    plans.push({ marker, start: marker.start, end: proven ? segEnd : afterBlanks, repeated: proven ? { from: first, to: last } : null });
    if (!proven) kept += strip(source.slice(lineEnd, segEnd));
  });
  return plans;
}
