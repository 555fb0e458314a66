import type { ResolvedConfig } from '../config/types.js';
import { error, warning, type Diagnostic } from '../report/diagnostic.js';
import { parseFrontMatter } from './front-matter.js';
import { keyLines, keyPosition } from './key-position.js';
import { parseDate } from './parse-date.js';
import { parsePostFileName } from './post-file-name.js';
import { expected, frontMatterSchema } from './schema.js';
import type { SourcePost } from './types.js';

/** What `validatePost` needs to know about the file besides its text. */
export interface PostFileInfo {
  file: string;
  absPath: string;
  fileName: string;
  hash: string;
}

/** A validated post (or null when it has errors) and every problem found in it. */
export interface ValidatedPost {
  post: SourcePost | null;
  diagnostics: Diagnostic[];
}

/**
 * Turns one file's text into a SourcePost: splits front matter, checks every key against the
 * schema, parses dates in the site time zone, and reports every problem of the file at once.
 */
export function validatePost(info: PostFileInfo, text: string, config: ResolvedConfig): ValidatedPost {
  const { file } = info;
  const fm = parseFrontMatter(text);
  if (!fm.ok) return { post: null, diagnostics: [error(file, fm.position, 'front-matter-yaml', fm.message, fm.note)] };

  const diagnostics: Diagnostic[] = [];
  const at = (key: string) => keyPosition(text, key, fm.bodyLine);
  const parsed = frontMatterSchema.safeParse(fm.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      const want = expected[key] ?? 'another kind of value';
      diagnostics.push(
        error(file, at(key), 'front-matter-type', `"${key}" has the wrong type: expected ${want}`, `Change "${key}" to ${want}.`),
      );
    }
    return { post: null, diagnostics };
  }
  const data = parsed.data;
  const name = parsePostFileName(info.fileName);
  let body = fm.body;
  let bodyLine = fm.bodyLine;

  let title = data.title?.trim() ?? '';
  if (!fm.hasFrontMatter) {
    const inferred = inferTitle(body);
    title = inferred?.title ?? '';
    if (inferred) {
      body = inferred.rest;
      bodyLine = inferred.restLine;
    }
    diagnostics.push(
      warning(
        file,
        { line: inferred?.line ?? 1, column: 1 },
        'front-matter-missing',
        `File has no front matter: title "${title}" taken from line ${inferred?.line ?? 1}${name.date ? `, date ${name.date} from the file name` : ''}`,
        'Add front matter ("---", title: …, date: …, "---") at the top so the title and date are what you mean.',
      ),
    );
  }
  if (!title) {
    diagnostics.push(
      error(file, { line: 1, column: 1 }, 'front-matter-title', 'Post has no title', 'Add a line "title: …" to the front matter.'),
    );
  }

  const date = resolveDate(data.date, name.date, config, () => at('date'));
  if (!date.ok) diagnostics.push(error(file, date.position, 'front-matter-date', date.message, date.note));
  const updatedRaw = data.updated ?? data.last_modified_at;
  let updated: Date | null = null;
  if (updatedRaw !== undefined) {
    const key = data.updated !== undefined ? 'updated' : 'last_modified_at';
    const u = parseDate(updatedRaw, config.timezone);
    if (u.ok) updated = u.date;
    else diagnostics.push(error(file, at(key), 'front-matter-date', `"${key}" is not a valid date: ${u.reason}`, 'Write it like 2025-12-02 20:39:12 +0900.'));
  }

  if (diagnostics.some((d) => d.severity === 'error') || !date.ok) return { post: null, diagnostics };

  const categories = data.categories ?? data.category ?? [];
  const post: SourcePost = {
    file,
    absPath: info.absPath,
    fileName: info.fileName,
    slug: name.slug,
    date: date.date,
    updated,
    title,
    categories,
    tags: data.tags ?? [],
    author: data.author?.trim() || config.author,
    excerpt: data.excerpt?.trim() || null,
    description: data.description?.trim() || null,
    image: data.image?.trim() || null,
    permalink: data.permalink?.trim() || null,
    layout: data.layout ?? 'post',
    draft: data.draft === true || data.published === false,
    readingTime: data.reading_time ?? null,
    data: fm.data,
    body,
    head: text.slice(0, text.length - body.length),
    bodyLine,
    keyLines: fm.hasFrontMatter ? keyLines(text, fm.bodyLine) : {},
    hash: info.hash,
  };
  return { post, diagnostics };
}

type DateResolution =
  | { ok: true; date: Date }
  | { ok: false; position: { line: number; column: number }; message: string; note: string };

/** The front matter date wins; else the file name's day, at midnight in the site time zone. */
function resolveDate(
  raw: string | undefined,
  fromName: string | null,
  config: ResolvedConfig,
  position: () => { line: number; column: number },
): DateResolution {
  if (raw !== undefined) {
    const r = parseDate(raw, config.timezone);
    if (r.ok) return r;
    return { ok: false, position: position(), message: `"date" is not a valid date: ${r.reason}`, note: 'Write it like 2025-12-02 20:39:12 +0900 (or 2025-12-02).' };
  }
  if (fromName) {
    const r = parseDate(fromName, config.timezone);
    if (r.ok) return r;
    return { ok: false, position: { line: 1, column: 1 }, message: `The file name's date is impossible: ${r.reason}`, note: 'Rename the file to YYYY-MM-DD-slug.md with a real date.' };
  }
  return {
    ok: false,
    position: { line: 1, column: 1 },
    message: 'Post has no date: none in the front matter and none in the file name',
    note: 'Name the file YYYY-MM-DD-slug.md or add "date: 2025-12-02 09:00:00 +0900" to the front matter.',
  };
}

/** First heading or first non-empty line of a file without front matter. */
function inferTitle(body: string): { title: string; line: number; rest: string; restLine: number } | null {
  const lines = body.split('\n');
  const i = lines.findIndex((l) => l.trim() !== '');
  if (i === -1) return null;
  const title = (lines[i] ?? '').trim().replace(/^#{1,6}\s+/, '').replace(/\s+#+$/, '').trim();
  return { title, line: i + 1, rest: lines.slice(i + 1).join('\n'), restLine: i + 2 };
}
