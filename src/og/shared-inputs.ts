import { readFile } from 'node:fs/promises';
import type { ResolvedConfig } from '../config/types.js';
import type { Diagnostic } from '../report/diagnostic.js';
import { emojiImage } from './emoji.js';
import { fileHash, rendererFingerprint } from './fingerprint.js';
import { cardFontFiles } from './fonts.js';
import type { GlyphSources } from './inspect-glyphs.js';
import { readLogo } from './logo.js';
import { findTemplate } from './template.js';
import { createTextShaper, type TextShaper } from './text-shaper.js';
import type { CardTheme } from './types.js';

/** What every card of a build shares, worked out once on the main thread. */
export interface SharedInputs {
  cacheDir: string;
  templateFile: string;
  templateVersion: string;
  theme: CardTheme;
  /** Hash of everything shared that affects the pixels; part of every cache key. */
  fingerprint: string;
  glyphs: GlyphSources;
  diagnostics: Diagnostic[];
}

let coverage: Promise<TextShaper> | undefined;

/** Template, theme, logo, cache fingerprint and glyph coverage for a build. */
export async function sharedInputs(config: ResolvedConfig): Promise<SharedInputs> {
  const templateFile = findTemplate(config);
  const templateVersion = fileHash(templateFile).slice(0, 16);
  const logo = await readLogo(config);
  const theme: CardTheme = {
    background: config.og.background,
    foreground: config.og.foreground,
    accent: config.og.accent,
    logo: logo.dataUrl,
  };
  // Kept for the process: the dev server calls this on every rebuild and the font does not change.
  coverage ??= readFile(cardFontFiles().regular).then((data) => createTextShaper(data));
  const shaper = await coverage;
  return {
    cacheDir: config.cacheDir,
    templateFile,
    templateVersion,
    theme,
    fingerprint: rendererFingerprint({ templateVersion, theme }),
    glyphs: { covers: (cp) => shaper.covers(cp), emojiImage },
    diagnostics: logo.diagnostics,
  };
}
