import type { Diagnostic } from '../report/diagnostic.js';
import { formatDiagnosticLine } from '../report/format.js';

/**
 * Which diagnostics a rebuild reports: every error, and only the warnings the last build did
 * not have. A big site can carry thousands of content-check warnings; sending and printing all
 * of them after every save would cost more than the rebuild. Unchanged posts keep their
 * diagnostic objects, so most old warnings are recognised without being formatted again.
 */
export class WarningFilter {
  private lines = new Map<Diagnostic, string>();
  private known = new Set<string>();

  /** The errors and new warnings of `all`, and how many warnings there are in all. */
  filter(all: readonly Diagnostic[]): { shown: Diagnostic[]; warnings: number } {
    const lines = new Map<Diagnostic, string>();
    const shown: Diagnostic[] = [];
    for (const d of all) {
      if (d.severity === 'error') {
        shown.push(d);
        continue;
      }
      const line = this.lines.get(d) ?? formatDiagnosticLine(d);
      lines.set(d, line);
      if (!this.known.has(line)) shown.push(d);
    }
    this.lines = lines;
    this.known = new Set(lines.values());
    return { shown, warnings: lines.size };
  }
}
