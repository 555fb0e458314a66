import { readFileSync } from 'node:fs';
import { decodeSource } from '../load/read-source.js';
import type { SourcePost } from '../load/types.js';

/** A post file's text as the loader saw it (BOM removed, `\n` endings), or null when it cannot be read. */
export function readPostSource(post: SourcePost): string | null {
  try {
    const decoded = decodeSource(readFileSync(post.absPath));
    return decoded.ok ? decoded.text : null;
  } catch {
    return null;
  }
}
