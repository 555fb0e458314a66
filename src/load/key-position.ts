import type { Position } from '../report/diagnostic.js';

/**
 * Where a top-level front matter key's value starts in the file, so a message about the key
 * points at its line. Falls back to the opening `---` line when the key is absent.
 */
export function keyPosition(text: string, key: string, bodyLine: number): Position {
  const lines = text.split('\n', Math.max(bodyLine, 2));
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '---') break;
    const m = /^([A-Za-z_][\w-]*)\s*:\s*/.exec(line);
    if (m && m[1] === key) return { line: i + 1, column: m[0].length + 1 };
  }
  return { line: 1, column: 1 };
}

/** Line of every top-level front matter key (first occurrence). */
export function keyLines(text: string, bodyLine: number): Record<string, number> {
  const lines = text.split('\n', Math.max(bodyLine, 2));
  const out: Record<string, number> = {};
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '---') break;
    const m = /^([A-Za-z_][\w-]*)\s*:/.exec(line);
    if (m?.[1] && !(m[1] in out)) out[m[1]] = i + 1;
  }
  return out;
}
