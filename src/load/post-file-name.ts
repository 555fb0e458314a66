/** Date and slug carried by a post's file name. */
export interface PostFileName {
  /** `YYYY-MM-DD` from the name, or null when the name carries none. */
  date: string | null;
  slug: string;
}

const DATED_RE = /^(\d{4}-\d{2}-\d{2})-(.+)\.(?:md|markdown)$/;
const PLAIN_RE = /^(.+)\.(?:md|markdown)$/;

/** True for `.md` and `.markdown` files that are not hidden or editor backups. */
export function isPostFile(name: string): boolean {
  return PLAIN_RE.test(name) && !name.startsWith('.') && !name.startsWith('_');
}

/** Splits `2025-12-02-code-red.md` into its date and slug (`code-red`). */
export function parsePostFileName(name: string): PostFileName {
  const dated = DATED_RE.exec(name);
  if (dated) return { date: dated[1] ?? null, slug: (dated[2] ?? '').normalize('NFC') };
  const plain = PLAIN_RE.exec(name);
  return { date: null, slug: (plain?.[1] ?? name).normalize('NFC') };
}
