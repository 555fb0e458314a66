import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface IconSet {
  width?: number;
  height?: number;
  icons: Record<string, { body: string; width?: number; height?: number }>;
  aliases?: Record<string, { parent: string; [transform: string]: unknown }>;
}

/** Where the emoji come from, for the licence file next to the cards. */
export const EMOJI_ATTRIBUTION = [
  'Emoji graphics on these cards: Twemoji',
  'Copyright Twitter, Inc and other contributors, https://github.com/jdecked/twemoji',
  'Licensed under CC BY 4.0: https://creativecommons.org/licenses/by/4.0/',
  'The graphics were taken from the npm package @iconify-json/twemoji and drawn unchanged, scaled to the text size.',
  '',
].join('\n');

const require = createRequire(import.meta.url);
let set: { chars: Record<string, string>; icons: IconSet } | undefined;

/** Loads the Twemoji set on first use only: it is 10 MB of JSON and most titles have no emoji. */
function iconSet(): { chars: Record<string, string>; icons: IconSet } {
  set ??= {
    chars: JSON.parse(readFileSync(require.resolve('@iconify-json/twemoji/chars.json'), 'utf8')) as Record<string, string>,
    icons: JSON.parse(readFileSync(require.resolve('@iconify-json/twemoji/icons.json'), 'utf8')) as IconSet,
  };
  return set;
}

/**
 * The Twemoji adapter: an emoji grapheme as an SVG data URL satori can draw, or null when Twemoji lacks it.
 * Iconify keys drop U+FE0F and pad code points to four hex digits (`0023-20e3`, `1f1ef-1f1f5`).
 */
export function emojiImage(grapheme: string): string | null {
  const { chars, icons } = iconSet();
  const key = Array.from(grapheme, (c) => c.codePointAt(0) ?? 0)
    .filter((cp) => cp !== 0xfe0f)
    .map((cp) => cp.toString(16).padStart(4, '0'))
    .join('-');
  let name = chars[key];
  const alias = name ? icons.aliases?.[name] : undefined;
  // Aliases with flips or rotations would need those transforms drawn; plain aliases just point at another icon.
  if (alias) name = Object.keys(alias).length === 1 ? alias.parent : undefined;
  const icon = name ? icons.icons[name] : undefined;
  if (!icon) return null;
  const w = icon.width ?? icons.width ?? 36;
  const h = icon.height ?? icons.height ?? 36;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${icon.body}</svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
