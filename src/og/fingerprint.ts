import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cardFontFiles } from './fonts.js';

const require = createRequire(import.meta.url);

/** Packages whose version changes the pixels: layout, rasteriser, shaping, phrase model, emoji, font. */
const ENGINES = ['satori', '@resvg/resvg-js', 'harfbuzzjs', 'budoux', '@iconify-json/twemoji', '@embedpdf/fonts-jp'];

/** Version of an installed package, found by walking up from its entry when `package.json` is not exported. */
export function packageVersion(name: string): string {
  let dir = path.dirname(require.resolve(name));
  for (;;) {
    const file = path.join(dir, 'package.json');
    try {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name) return pkg.version ?? '0.0.0';
    } catch {
      // no package.json at this level; keep climbing
    }
    const parent = path.dirname(dir);
    if (parent === dir) return 'unknown';
    dir = parent;
  }
}

const fileHashes = new Map<string, string>();

/** SHA-256 of a file's bytes, remembered per path, size and mtime (the fonts are 9 MB). */
export function fileHash(file: string): string {
  const stat = statSync(file);
  const id = `${file}:${stat.size}:${stat.mtimeMs}`;
  let hash = fileHashes.get(id);
  if (!hash) {
    hash = createHash('sha256').update(readFileSync(file)).digest('hex');
    fileHashes.set(id, hash);
  }
  return hash;
}

/** The card renderer's own source: any change to layout or drawing code invalidates the cache. */
function rendererSources(): string[] {
  const dir = fileURLToPath(new URL('.', import.meta.url));
  return readdirSync(dir)
    .filter((f) => /\.(ts|tsx|mjs)$/.test(f))
    .sort()
    .map((f) => `${f}:${fileHash(path.join(dir, f))}`);
}

/** Everything shared by all cards of a build that affects their bytes, hashed to one string. */
export function rendererFingerprint(inputs: { templateVersion: string; theme: unknown }): string {
  const fonts = cardFontFiles();
  const parts = {
    format: 1,
    template: inputs.templateVersion,
    theme: inputs.theme,
    fonts: [fileHash(fonts.regular), fileHash(fonts.bold)],
    engines: [...ENGINES.map((name) => `${name}@${packageVersion(name)}`), `zlib@${process.versions.zlib}`],
    renderer: rendererSources(),
  };
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** Cache key of one card: the shared fingerprint plus what this card shows. */
export function cardKey(fingerprint: string, card: unknown): string {
  return createHash('sha256').update(fingerprint).update(JSON.stringify(card)).digest('hex');
}
