import type { IncrementalResult, SiteChanges } from '../build/incremental.js';
import type { ConfigOverrides } from '../config/resolve-config.js';
import type { ResolvedConfig } from '../config/types.js';
import type { Diagnostic } from '../report/diagnostic.js';

/** What a build thread is started with. */
export interface BuildThreadData {
  configPath: string | undefined;
  overrides: ConfigOverrides;
  workers: number | undefined;
}

/** Messages to a build thread; it answers each `rebuild` with one `ThreadResult`, in order. */
export type ThreadRequest = { type: 'rebuild'; changes: SiteChanges } | { type: 'close' };

/**
 * A rebuild's result as it crosses threads: file contents as UTF-8 bytes, moved rather than
 * copied; `diagnostics` holds every error but only the warnings that are new (see WarningFilter).
 */
export interface ThreadResult extends Omit<IncrementalResult, 'files'> {
  files: Array<{ path: string; bytes: Uint8Array }>;
  /** How many warnings the site has in all. */
  warnings: number;
  /** The config the thread loaded, or null when it could not be loaded. */
  config: ResolvedConfig | null;
}

/** A failed result carrying one diagnostic and no config: a thread that could not start or load the config. */
export function failedResult(diagnostic: Diagnostic): ThreadResult {
  return { ok: false, mode: 'initial', files: [], removed: [], diagnostics: [diagnostic], warnings: 0, unsettled: false, stats: {}, config: null };
}
