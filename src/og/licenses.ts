import { readFile } from 'node:fs/promises';
import type { OutputFile } from '../build/output-file.js';
import { EMOJI_ATTRIBUTION } from './emoji.js';
import { cardFontFiles } from './fonts.js';

/** Path of the font licence in the output. */
export const FONT_LICENSE_PATH = 'og/LICENSE-fonts.txt';
/** Path of the emoji attribution in the output, written only when a card shows an emoji. */
export const EMOJI_LICENSE_PATH = 'og/LICENSE-emoji.txt';

/** Licence files published next to the cards: the font's OFL always, Twemoji's CC BY when used. */
export async function licenseFiles(usesEmoji: boolean): Promise<OutputFile[]> {
  const ofl = await readFile(cardFontFiles().license, 'utf8');
  const files: OutputFile[] = [
    {
      path: FONT_LICENSE_PATH,
      contents: `The Open Graph images in og/ and elsewhere on this site were drawn with Noto Sans JP\n(package @embedpdf/fonts-jp). The font is licensed under the SIL Open Font License 1.1:\n\n${ofl.trimEnd()}\n`,
    },
  ];
  if (usesEmoji) files.push({ path: EMOJI_LICENSE_PATH, contents: EMOJI_ATTRIBUTION });
  return files;
}
