import type { RuleContext } from '../types.js';
import { codeRanges } from './code-ranges.js';

// What drafting tools leave between chunks: ---END---, === BEGIN ===, [END], 【終わり】, <<EOF>>, ### END.
// `---END` without a closing rule counts; a lone `---` (a thematic break) never does.
const END = String.raw`(?:END|EOF|FIN|END OF (?:ARTICLE|POST|TEXT|DOCUMENT|RESPONSE|OUTPUT|SECTION)|(?:ARTICLE|POST|SECTION) END|終わり|おわり|終了|本文終了|記事終了|ここまで)`;
const WORD = String.raw`(?:${END}|BEGIN|START|STOP|(?:ARTICLE|POST|SECTION) (?:START|BEGIN))`;
const RULED = new RegExp(String.raw`^(?:-{2,}|={2,}|\*{3,}|~{3,}|_{3,}|<{2,}|[—―]+)[ \t]*${WORD}[ \t]*(?:-{2,}|={2,}|\*{3,}|~{3,}|_{3,}|>{2,}|[—―]+)?$`, 'i');
// A heading that only says END is a marker too; BEGIN/START headings may be real section names.
const HEADING = new RegExp(String.raw`^#{1,6}[ \t]+${END}[ \t]*#*$`, 'i');
const BRACKETED = new RegExp(String.raw`^(?:\[|【|<|＜|\(|（|《)[ \t]*${WORD}[ \t]*(?:\]|】|>|＞|\)|）|》)$`, 'i');

/** True when a line (trimmed) is a generation marker such as `---END---` or `[END]`. */
export function isMarkerText(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 40 && (RULED.test(t) || BRACKETED.test(t) || HEADING.test(t));
}

/** One marker line of a post. */
export interface MarkerLine {
  /** 1-based file line. */
  line: number;
  /** 1-based column of the marker's first character. */
  column: number;
  /** The marker as written, trimmed. */
  text: string;
  /** Offset of the start of the line in the file. */
  start: number;
}

const cache = new WeakMap<RuleContext, MarkerLine[]>();

/** Marker lines in the body, outside code blocks, in file order. */
export function markerLines(ctx: RuleContext): MarkerLine[] {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const code = codeRanges(ctx);
  const found: MarkerLine[] = [];
  let offset = ctx.bodyOffset;
  for (let line = ctx.post.bodyLine; line <= ctx.lines.length; line++) {
    const text = ctx.lines[line - 1] ?? '';
    if (isMarkerText(text) && !code.containsLine(line)) {
      found.push({ line, column: text.length - text.trimStart().length + 1, text: text.trim(), start: offset });
    }
    offset += text.length + 1;
  }
  cache.set(ctx, found);
  return found;
}
