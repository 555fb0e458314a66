import path from 'node:path';

/** A path as users should see it in messages: relative to the working folder when inside it, POSIX separators. */
export function displayPath(absPath: string, cwd: string = process.cwd()): string {
  const rel = path.relative(cwd, absPath);
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : absPath;
  return shown.split(path.sep).join('/');
}
