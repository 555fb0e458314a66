import type { ThreadResult } from './build-protocol.js';
import type { ServedSite } from './site-handler.js';

/**
 * Puts a good build's files into what is served: all of them after a fresh build thread, else
 * the rebuilt ones and the removals. Returns the output paths whose bytes actually changed (or
 * vanished), sorted, which is what browsers are told to reload.
 */
export function applyFiles(served: ServedSite, result: ThreadResult): string[] {
  const current = served.files;
  const changed: string[] = [];
  if (result.mode === 'initial') {
    const next = new Map(result.files.map((f) => [f.path, f.bytes]));
    for (const p of current.keys()) if (!next.has(p)) changed.push(p);
    for (const [p, bytes] of next) if (!same(current.get(p), bytes)) changed.push(p);
    served.files = next;
    return changed.sort();
  }
  for (const f of result.files) {
    if (same(current.get(f.path), f.bytes)) continue;
    current.set(f.path, f.bytes);
    changed.push(f.path);
  }
  for (const p of result.removed) if (current.delete(p)) changed.push(p);
  return changed.sort();
}

/** The site URL (base path included, decoded) of an output path: `a/b/index.html` → `/blog/a/b/`. */
export function urlOf(basePath: string, outputPath: string): string {
  return basePath + outputPath.replace(/(^|\/)index\.html$/, '$1');
}

function same(a: Uint8Array | undefined, b: Uint8Array): boolean {
  return a !== undefined && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}
