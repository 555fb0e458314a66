import { graphemes } from './graphemes.js';
import type { MeasuredPhrase, TitleFrame, TitleLayout } from './types.js';

/** Measures text at font size 1, in em units. */
export type Measure = (text: string) => number;

const ELLIPSIS = '…';
/** px kept free at the right edge: satori rounds each text box up to a whole pixel. */
const SAFETY_PX = 2;
/** Punctuation and spaces that should not sit right before the ellipsis. */
const BEFORE_ELLIPSIS = /[\s、。，．,.・:：;；\-–—]+$/u;

/** Measures each phrase, with and without its trailing spaces. */
export function measurePhrases(texts: readonly string[], measure: Measure): MeasuredPhrase[] {
  return texts.map((text) => {
    const width = measure(text);
    const trimmed = text.trimEnd();
    return { text, width, trimmedWidth: trimmed === text ? width : measure(trimmed) };
  });
}

/** Width of a line: trailing spaces of its last phrase hang outside, as in CSS. */
export function lineWidth(line: readonly MeasuredPhrase[]): number {
  let sum = 0;
  line.forEach((p, i) => (sum += i === line.length - 1 ? p.trimmedWidth : p.width));
  return sum;
}

/** Greedy wrap at phrase boundaries: each line takes phrases while they fit; a phrase is never split. */
export function wrapPhrases(phrases: readonly MeasuredPhrase[], maxWidth: number): MeasuredPhrase[][] {
  const lines: MeasuredPhrase[][] = [];
  let line: MeasuredPhrase[] = [];
  let width = 0;
  for (const p of phrases) {
    if (line.length > 0 && width + p.trimmedWidth > maxWidth) {
      lines.push(line);
      line = [];
      width = 0;
    }
    line.push(p);
    width += p.width;
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/** Lines the frame allows at a font size: its `maxLines`, fewer when they would not fit its height. */
export function linesAllowed(frame: TitleFrame, fontSize: number): number {
  const fit = Math.floor(frame.height / (fontSize * frame.lineHeight) + 1e-9);
  return Math.max(1, Math.min(frame.maxLines, fit));
}

/**
 * Lays a title out in the frame: the largest size at which its phrases fit in the allowed lines,
 * lines balanced to similar widths; at the smallest size, cut to the allowed lines with an ellipsis.
 */
export function layoutTitle(texts: readonly string[], measure: Measure, frame: TitleFrame): TitleLayout {
  const sizes = [...frame.sizes].sort((a, b) => b - a);
  const smallest = sizes[sizes.length - 1] ?? 48;
  const measured = measurePhrases(texts, measure);
  for (const fontSize of sizes) {
    const maxWidth = (frame.width - SAFETY_PX) / fontSize;
    // Shrinking beats splitting: a phrase is cut only when it is too wide even at the smallest size.
    if (fontSize !== smallest && measured.some((p) => p.trimmedWidth > maxWidth)) continue;
    const phrases = breakOverlong(measured, maxWidth, measure);
    const lines = wrapPhrases(phrases, maxWidth);
    if (lines.length <= linesAllowed(frame, fontSize)) {
      return result(fontSize, frame, balance(phrases, lines.length, maxWidth), false);
    }
  }
  const maxWidth = (frame.width - SAFETY_PX) / smallest;
  const phrases = breakOverlong(measured, maxWidth, measure);
  const lines = clamp(phrases, linesAllowed(frame, smallest), maxWidth, measure);
  return result(smallest, frame, lines, true);
}

function result(fontSize: number, frame: TitleFrame, lines: MeasuredPhrase[][], clamped: boolean): TitleLayout {
  return { fontSize, lineHeight: fontSize * frame.lineHeight, lines: lines.map((l) => l.map((p) => p.text)), clamped };
}

/** The narrowest wrap with the same number of lines, so a title does not end in a lone short line. */
function balance(phrases: MeasuredPhrase[], lineCount: number, maxWidth: number): MeasuredPhrase[][] {
  if (lineCount <= 1) return wrapPhrases(phrases, maxWidth);
  let lo = Math.max(...phrases.map((p) => p.trimmedWidth));
  let hi = maxWidth;
  for (let i = 0; i < 24 && hi - lo > 1e-3; i++) {
    const mid = (lo + hi) / 2;
    if (wrapPhrases(phrases, mid).length <= lineCount) hi = mid;
    else lo = mid;
  }
  return wrapPhrases(phrases, hi);
}

/** Splits a phrase wider than a whole line (a long URL or word) into pieces that fit. */
function breakOverlong(phrases: MeasuredPhrase[], maxWidth: number, measure: Measure): MeasuredPhrase[] {
  if (phrases.every((p) => p.trimmedWidth <= maxWidth)) return phrases;
  return phrases.flatMap((p) => {
    if (p.trimmedWidth <= maxWidth) return [p];
    const pieces: string[] = [];
    let piece = '';
    for (const g of graphemes(p.text)) {
      if (piece && measure((piece + g).trimEnd()) > maxWidth) {
        pieces.push(piece);
        piece = '';
      }
      piece += g;
    }
    if (piece) pieces.push(piece);
    return measurePhrases(pieces, measure);
  });
}

/** The first `maxLines` lines, the last one filled as far as it goes and ended with an ellipsis. */
function clamp(phrases: MeasuredPhrase[], maxLines: number, maxWidth: number, measure: Measure): MeasuredPhrase[][] {
  const lines = wrapPhrases(phrases, maxWidth);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines - 1);
  const rest = lines.slice(maxLines - 1).flat();
  const room = maxWidth - measure(ELLIPSIS);
  const last: MeasuredPhrase[] = [];
  let width = 0;
  for (const p of rest) {
    if (width + p.trimmedWidth > room) break;
    last.push(p);
    width += p.width;
  }
  // A nearly empty last line reads worse than a phrase cut short before the ellipsis.
  const next = rest[last.length];
  if (next && width < room * 0.6) {
    let part = '';
    for (const g of graphemes(next.text)) {
      if (width + measure(part + g) > room) break;
      part += g;
    }
    if (part) last.push(...measurePhrases([part], measure));
  }
  while (last.length > 0) {
    const end = last[last.length - 1] as MeasuredPhrase;
    const text = end.text.replace(BEFORE_ELLIPSIS, '');
    if (text) {
      last[last.length - 1] = { ...end, text };
      break;
    }
    last.pop();
  }
  last.push(...measurePhrases([ELLIPSIS], measure));
  return [...kept, last];
}
