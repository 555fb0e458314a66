import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { error, type Diagnostic } from '../report/diagnostic.js';
import { displayPath } from '../util/display-path.js';

const templatesRoot = fileURLToPath(new URL('../../templates/', import.meta.url));

/**
 * An exception as a diagnostic at the place it was thrown: the first stack frame in a template
 * when there is one (else the first outside node_modules), or an esbuild syntax error's location.
 */
export function errorDiagnostic(e: unknown, fallbackFile: string, ruleId: string, message: string, note: string): Diagnostic {
  const syntax = /^(\/[^\n]+?):(\d+):(\d+): ERROR: /m.exec(e instanceof Error ? e.message : String(e));
  if (syntax) return error(displayPath(syntax[1] as string), { line: Number(syntax[2]), column: Number(syntax[3]) }, ruleId, message, note);
  const frames: Array<{ file: string; line: number; column: number }> = [];
  for (const m of (e instanceof Error ? (e.stack ?? '') : '').matchAll(/(?:\(|at )((?:file:\/\/)?\/[^\s():]+(?:\?[^\s():]*)?):(\d+):(\d+)\)?$/gm)) {
    const raw = (m[1] as string).replace(/\?.*$/, '');
    frames.push({ file: raw.startsWith('file:') ? fileURLToPath(raw) : raw, line: Number(m[2]), column: Number(m[3]) });
  }
  const frame = frames.find((f) => f.file.startsWith(templatesRoot)) ?? frames.find((f) => !f.file.includes(`${path.sep}node_modules${path.sep}`));
  return frame ? error(displayPath(frame.file), { line: frame.line, column: frame.column }, ruleId, message, note) : error(fallbackFile, undefined, ruleId, message, note);
}
