import { sortDiagnostics, type Diagnostic } from './diagnostic.js';

/**
 * Formats diagnostics in the layout of `vfile-reporter`: a file header, then one
 * `line:column  severity  message  rule-id` row per problem, the fix indented below,
 * and a summary line.
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return '';
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of sortDiagnostics(diagnostics)) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  const out: string[] = [];
  for (const [file, list] of byFile) {
    out.push(file);
    for (const d of list) {
      const place = d.line ? `${d.line}:${d.column ?? 1}` : '1:1';
      out.push(`  ${place.padEnd(7)} ${d.severity.padEnd(7)} ${d.message}  ${d.ruleId}`);
      if (d.note) out.push(`    ${'hint:'} ${d.note}`);
    }
    out.push('');
  }
  out.push(summarize(diagnostics));
  return out.join('\n');
}

/** `⚠ 2 warnings, ✖ 1 error`-style summary. */
export function summarize(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const parts: string[] = [];
  if (errors) parts.push(`✖ ${errors} ${errors === 1 ? 'error' : 'errors'}`);
  if (warnings) parts.push(`⚠ ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`);
  return parts.join(', ');
}

/** One line per diagnostic, `file:line:column: severity: message [rule]`, for logs and the dev overlay. */
export function formatDiagnosticLine(d: Diagnostic): string {
  const place = d.line ? `${d.file}:${d.line}:${d.column ?? 1}` : d.file;
  return `${place}: ${d.severity}: ${d.message} [${d.ruleId}]${d.note ? ` — ${d.note}` : ''}`;
}
