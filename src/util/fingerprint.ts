import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A hash of source files and the lock file: part of every cache key, so changing our code
 * or a dependency version invalidates cached results.
 */
export function codeFingerprint(dirs: readonly string[], lockFile: string): string {
  const h = createHash('sha256');
  for (const dir of dirs) {
    let names: string[] = [];
    try {
      names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => /\.(ts|tsx|mjs)$/.test(n)).sort();
    } catch {
      // A missing folder contributes nothing.
    }
    for (const name of names) h.update(name).update('\0').update(readFileSync(path.join(dir, name))).update('\0');
  }
  try {
    h.update(readFileSync(lockFile));
  } catch {
    h.update('no-lock-file');
  }
  return h.digest('hex');
}

/** sha256 of strings joined by NUL. */
export function hashOf(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex');
}
