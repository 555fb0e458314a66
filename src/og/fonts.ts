import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Family name the card template uses in `fontFamily`. */
export const FONT_FAMILY = 'Noto Sans JP';

/** The card font: Noto Sans JP OTF files shipped by `@embedpdf/fonts-jp` (satori cannot read WOFF2). */
export interface CardFontFiles {
  regular: string;
  bold: string;
  /** The font's SIL Open Font License text. */
  license: string;
}

/** One loaded weight, in the shape satori's `fonts` option takes. */
export interface LoadedFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

/** Absolute paths of the card font files, found through the package's install folder. */
export function cardFontFiles(): CardFontFiles {
  // The package exports only its JS entry, so locate it and walk to the fonts beside it.
  const entry = createRequire(import.meta.url).resolve('@embedpdf/fonts-jp');
  const root = path.resolve(path.dirname(entry), '..');
  return {
    regular: path.join(root, 'fonts', 'NotoSansJP-Regular.otf'),
    bold: path.join(root, 'fonts', 'NotoSansJP-Bold.otf'),
    license: path.join(root, 'LICENSE'),
  };
}

/** Reads both weights; call once per thread and reuse the array (satori caches parsed fonts by identity). */
export async function loadCardFonts(files: CardFontFiles = cardFontFiles()): Promise<LoadedFont[]> {
  const [regular, bold] = await Promise.all([readFile(files.regular), readFile(files.bold)]);
  return [
    { name: FONT_FAMILY, data: regular, weight: 400, style: 'normal' },
    { name: FONT_FAMILY, data: bold, weight: 700, style: 'normal' },
  ];
}
