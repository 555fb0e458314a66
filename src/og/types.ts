import type { OutputFile } from '../build/output-file.js';
import type { Diagnostic } from '../report/diagnostic.js';

/** One Open Graph card to make: what it shows and where it goes. */
export interface CardJob {
  /** Display path of the post for warnings, or '' for site-wide cards. */
  file: string;
  /** Output path, POSIX, relative to the output folder, e.g. `og/2025/12/02/slug.png`. */
  outputPath: string;
  /** Plain text, no markup. */
  title: string;
  category: string | null;
  /** Already formatted, e.g. `2025年12月3日`. */
  dateLabel: string | null;
  author: string | null;
  siteName: string;
}

/** What `generateCards` returns: the PNGs and licence files, problems found, and how much work was done. */
export interface CardResult {
  files: OutputFile[];
  diagnostics: Diagnostic[];
  stats: { generated: number; cached: number; ms: number };
}

/** Options of `generateCards`. */
export interface CardOptions {
  /** Worker threads at most; `os.availableParallelism()` by default, 0 renders on the main thread. */
  workers?: number;
  /** Show progress on stderr: a bar on a terminal, a few plain lines in CI or a pipe. Off by default. */
  progress?: boolean;
}

/** The text of a card, as the template shows it. */
export interface CardText {
  title: string;
  category: string | null;
  dateLabel: string | null;
  author: string | null;
  siteName: string;
}

/** Card colours and logo as the template receives them. */
export interface CardTheme {
  background: string;
  foreground: string;
  accent: string;
  /** Logo as a data URL, or null. */
  logo: string | null;
}

/** Everything a render thread needs for one card; plain data, so it crosses threads. */
export interface RenderTask {
  /** Absolute path of the card template module. */
  templateFile: string;
  /** Hash of the template's source: a changed template is imported afresh, even in a long-lived process. */
  templateVersion: string;
  text: CardText;
  /** The title split into BudouX phrases (on the main thread, so workers need not load BudouX). */
  phrases: string[];
  theme: CardTheme;
  /** Emoji graphemes on this card → Twemoji SVG data URLs. */
  emoji: Record<string, string>;
  /** Cache file the render thread writes the PNG to, so the main thread holds no PNGs while the pool runs. */
  cacheFile: string;
}

/** What a render thread reports: the PNG went to the cache, or (cache not writable) the bytes themselves. */
export type RenderOutcome = { cached: true } | { cached: false; png: Uint8Array; reason: string };

/** The box the title must fit in, declared by the template next to its layout. */
export interface TitleFrame {
  /** Width of the title box in px. */
  width: number;
  /** Height of the title box in px; fewer lines are allowed at large sizes when they would not fit. */
  height: number;
  /** Most lines the title may take; longer titles are cut with an ellipsis. */
  maxLines: number;
  /** Font sizes to try, largest first; the first one the title fits at wins. */
  sizes: number[];
  /** Line height as a multiple of the font size. */
  lineHeight: number;
}

/** A phrase of the title with its advance width at font size 1 (em units). */
export interface MeasuredPhrase {
  text: string;
  /** Width including trailing spaces. */
  width: number;
  /** Width without trailing spaces, used when the phrase ends a line. */
  trimmedWidth: number;
}

/** The title laid out: a font size and the text of each line. */
export interface TitleLayout {
  fontSize: number;
  /** Line height in px. */
  lineHeight: number;
  /** Each line as its phrases; a line never breaks inside a phrase (except a phrase wider than the box). */
  lines: string[][];
  /** True when the title was cut and ends with an ellipsis. */
  clamped: boolean;
}

/** How `fit()` should measure a short text. */
export interface FitOptions {
  fontSize: number;
  /** 400 (default) or 700. */
  fontWeight?: 400 | 700;
  /** Width available, in px. */
  maxWidth: number;
}

/** Props of the card template's default export. */
export interface OgCardProps {
  text: CardText;
  title: TitleLayout;
  theme: CardTheme;
  /** Cuts a one-line text to a width with an ellipsis, measured with the card font (satori's own ellipsis needs a costly clip). */
  fit: (text: string, options: FitOptions) => string;
}

/** Card width in px. */
export const CARD_WIDTH = 1200;
/** Card height in px. */
export const CARD_HEIGHT = 630;
