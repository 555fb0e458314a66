import { homedir } from 'node:os';
import path from 'node:path';
import type { ResolvedConfig } from '../config/types.js';

/**
 * Why the output folder must not be replaced, or null when it is safe. The write step deletes
 * and replaces the whole folder, so it refuses `/`, the home folder, the project root or a
 * parent of it, and the folders that hold sources (posts, templates, assets, cache).
 */
export function unsafeOutDir(config: ResolvedConfig): string | null {
  const out = path.resolve(config.outDir);
  const same = (a: string, b: string) => path.resolve(a) === path.resolve(b);
  const isInside = (child: string, parent: string) => {
    const rel = path.relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  };
  if (out === path.parse(out).root) return `the output folder ${out} is the root of the file system`;
  if (same(out, homedir())) return `the output folder ${out} is your home folder`;
  for (const root of [config.root, process.cwd()]) {
    if (isInside(root, out)) return `the output folder ${out} is the project folder or contains it`;
  }
  const sources: Array<[string, string]> = [
    ['posts', config.postsDir],
    ['templates', config.templatesDir],
    ['assets', config.assetsDir],
    ['cache', config.cacheDir],
    ['src', path.join(config.root, 'src')],
  ];
  for (const [name, dir] of sources) {
    if (isInside(dir, out) || isInside(out, dir)) return `the output folder ${out} overlaps the ${name} folder ${dir}`;
  }
  return null;
}
