/** Why a body is refused before rendering, and the 0-based line in the body. */
export interface Pathology {
  line: number;
  message: string;
}

// Limits far beyond any real post, below where micromark turns quadratic or overflows the stack.
const MAX_QUOTE_DEPTH = 100;
const MAX_INDENT = 200;
const MAX_DELIMITERS_PER_BLOCK = 3000;

/**
 * Finds inputs that would make the Markdown parser hang or overflow: thousands of nested `>`,
 * lists nested hundreds deep, or paragraphs with thousands of `*`/`_` markers. Cheap: one pass.
 */
export function checkPathological(body: string): Pathology | null {
  const lines = body.split('\n');
  let delimiters = 0;
  let blockStart = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === '') {
      delimiters = 0;
      blockStart = i + 1;
      continue;
    }
    // Container markers at the start of a line (`>`, `-`, `*`, `+`, `1.`) each open one level of nesting.
    const prefix = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*/.exec(line)?.[0] ?? '';
    const depth = prefix.match(/>|[-*+]|\d{1,9}[.)]/g)?.length ?? 0;
    if (depth > MAX_QUOTE_DEPTH) return { line: i, message: `Lists or blockquotes are nested ${depth} deep on one line (at most ${MAX_QUOTE_DEPTH} are rendered)` };
    const indent = /^[ \t]*/.exec(line)?.[0].replace(/\t/g, '    ').length ?? 0;
    if (indent > MAX_INDENT) return { line: i, message: `Line is indented ${indent} columns: lists nested this deep are not rendered (at most ${MAX_INDENT} columns)` };
    for (let j = 0; j < line.length; j++) {
      const c = line.charCodeAt(j);
      if (c === 42 || c === 95) delimiters++;
    }
    if (delimiters > MAX_DELIMITERS_PER_BLOCK) {
      return { line: blockStart, message: `Paragraph holds more than ${MAX_DELIMITERS_PER_BLOCK} "*" or "_" markers, which cannot be rendered in reasonable time` };
    }
  }
  return null;
}
