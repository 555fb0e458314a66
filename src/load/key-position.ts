import type { Position } from '../report/diagnostic.js';

/**
 * Where each top-level front matter key's value starts (first occurrence), in one pass over
 * the front matter lines of the file.
 */
function keyPositions(text: string, bodyLine: number): Map<string, Position> {
  const lines = text.split('\n', Math.max(bodyLine, 2));
  const out = new Map<string, Position>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '---') break;
    const m = /^([A-Za-z_][\w-]*)\s*:\s*/.exec(line);
    if (m?.[1] && !out.has(m[1])) out.set(m[1], { line: i + 1, column: m[0].length + 1 });
  }
  return out;
}

/**
 * Where a top-level front matter key's value starts in the file, so a message about the key
 * points at its line. Falls back to the opening `---` line when the key is absent.
 */
export function keyPosition(text: string, key: string, bodyLine: number): Position {
  return keyPositions(text, bodyLine).get(key) ?? { line: 1, column: 1 };
}

/** Line of every top-level front matter key (first occurrence). */
export function keyLines(text: string, bodyLine: number): Record<string, number> {
  return Object.fromEntries([...keyPositions(text, bodyLine)].map(([key, p]) => [key, p.line]));
}
