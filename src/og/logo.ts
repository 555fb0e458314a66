import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import { warning, type Diagnostic } from '../report/diagnostic.js';
import { displayPath } from '../util/display-path.js';

const MIME: Record<string, string> = {
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
};

/** The configured card logo as a data URL, or null with a warning when it cannot be used. */
export async function readLogo(config: ResolvedConfig): Promise<{ dataUrl: string | null; diagnostics: Diagnostic[] }> {
  const logo = config.og.logo;
  if (!logo) return { dataUrl: null, diagnostics: [] };
  const file = path.resolve(config.root, logo);
  const where = displayPath(config.configFile ?? config.root);
  const mime = MIME[path.extname(file).toLowerCase()];
  if (!mime) {
    const message = `The OG card logo ${displayPath(file)} is not a PNG, JPEG or SVG file; cards are drawn without it.`;
    return { dataUrl: null, diagnostics: [warning(where, undefined, 'og-logo', message, 'Point `og.logo` at a .png, .jpg or .svg file.')] };
  }
  try {
    const bytes = await readFile(file);
    return { dataUrl: `data:${mime};base64,${bytes.toString('base64')}`, diagnostics: [] };
  } catch {
    const message = `The OG card logo ${displayPath(file)} cannot be read; cards are drawn without it.`;
    return { dataUrl: null, diagnostics: [warning(where, undefined, 'og-logo', message, 'Check the path in `og.logo`; it is relative to the config file.')] };
  }
}
