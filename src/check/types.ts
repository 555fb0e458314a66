import type { Root } from 'mdast';
import type { ResolvedConfig } from '../config/types.js';
import type { SourcePost } from '../load/types.js';
import type { Position } from '../report/diagnostic.js';

/** What the whole site knows while checking one post. */
export interface SiteContext {
  /** Every internal URL path that exists, decoded and without the base path, e.g. `/2025/12/03/slug/`. */
  knownPaths: ReadonlySet<string>;
  /** True when a site path such as `/assets/images/x.png` is a file the build copies. */
  assetExists(sitePath: string): boolean;
  config: ResolvedConfig;
}

/** Everything a rule may look at for one post; built once per post and shared by every rule. */
export interface RuleContext {
  post: SourcePost;
  /** The whole file: BOM removed, `\n` line endings. */
  source: string;
  /** `source` split into lines; `lines[n - 1]` is line n. */
  lines: readonly string[];
  /** Offset in `source` where the body starts. */
  bodyOffset: number;
  /** The body's mdast tree; positions are file lines and file offsets. */
  tree: Root;
  /** True when the file starts with a front matter block. */
  hasFrontMatter: boolean;
  site: SiteContext;
  /** File position (1-based line and column) of an offset in `source`. */
  positionAt(offset: number): Position;
}

/** One problem a rule found: where, what is wrong, what to do. */
export interface Finding {
  position: Position;
  /** What is wrong, one sentence. */
  message: string;
  /** What to do about it. */
  note: string;
}

/** One safe change to a file: replace `source.slice(start, end)` with `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
  /** Line the change starts on, for the report. */
  line: number;
  /** What the change does, e.g. `removed the marker line "---END---"`. */
  description: string;
}

/** A content-check rule: one module in `src/check/rules/`, listed once in `rules/index.ts`. */
export interface Rule {
  /** Stable id used in messages and in `check.rules` of the site config. */
  id: string;
  /** One line for the README and `--help`. */
  description: string;
  /** Level used unless `check.rules` says otherwise. */
  defaultLevel: 'warning' | 'error';
  /** True when `fix` can repair what `check` reports, at least in part. */
  fixable?: boolean;
  /** Finds problems in one post. */
  check(ctx: RuleContext): Finding[];
  /** Safe edits for `check --fix`: only changes that provably lose no text of the author's. */
  fix?(ctx: RuleContext): Edit[];
}
