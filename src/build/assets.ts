import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pngDimensions } from '../og/png.js';
import { mapLimit } from '../util/map-limit.js';
import type { OutputFile } from './output-file.js';

/** Files of the assets folder, copied as they are under `/assets/`; dotfiles are left out. */
export async function loadAssets(assetsDir: string): Promise<OutputFile[]> {
  let names: string[];
  try {
    const entries = await readdir(assetsDir, { recursive: true, withFileTypes: true });
    names = entries
      .filter((e) => e.isFile())
      .map((e) => path.relative(assetsDir, path.join(e.parentPath, e.name)))
      .filter((rel) => !rel.split(path.sep).some((part) => part.startsWith('.')))
      .sort();
  } catch {
    return [];
  }
  return mapLimit(names, 64, async (rel) => ({
    path: ['assets', ...rel.split(path.sep)].join('/'),
    contents: await readFile(path.join(assetsDir, rel)),
  }));
}

/** Pixel size of an asset PNG (a post's own `image`), for og:image:width/height; other formats stay unsized. */
export function assetImageSize(asset: OutputFile | undefined): { width: number; height: number } | undefined {
  if (!asset || typeof asset.contents === 'string' || !asset.path.toLowerCase().endsWith('.png')) return undefined;
  return pngDimensions(asset.contents) ?? undefined;
}
