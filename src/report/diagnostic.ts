/** How serious a message is: errors fail the build, warnings do not. */
export type Severity = 'error' | 'warning';

/**
 * One problem found in one file: where, what is wrong, what to do.
 * Plain data so it can cross worker threads and be cached.
 */
export interface Diagnostic {
  /** Path as the user should see it (relative to the working folder when inside it). */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** 1-based column in the file, when known. */
  column?: number;
  severity: Severity;
  /** Stable id of the rule or check, e.g. `front-matter-yaml`. */
  ruleId: string;
  /** What is wrong, one sentence. */
  message: string;
  /** What to do about it. */
  note?: string;
}

/** Position in a file, 1-based. */
export interface Position {
  line: number;
  column: number;
}

/** Builds an error diagnostic. */
export function error(file: string, position: Position | undefined, ruleId: string, message: string, note?: string): Diagnostic {
  return { file, ...position, severity: 'error', ruleId, message, ...(note ? { note } : {}) };
}

/** Builds a warning diagnostic. */
export function warning(file: string, position: Position | undefined, ruleId: string, message: string, note?: string): Diagnostic {
  return { file, ...position, severity: 'warning', ruleId, message, ...(note ? { note } : {}) };
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Sorts by file, line, column, then rule id, so reports are deterministic. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}
