import matter from 'gray-matter';
import yaml from 'js-yaml';
import type { Position } from '../report/diagnostic.js';

/** Front matter split from a post, or the problem that stopped it. */
export type FrontMatterResult =
  | { ok: true; data: Record<string, unknown>; body: string; bodyLine: number; hasFrontMatter: boolean }
  | { ok: false; position: Position; message: string; note: string };

const OPEN_RE = /^---[ \t]*([^\s-][^\n]*)?\n/;

/** Refuses every engine but YAML: gray-matter would otherwise run `---js` front matter as code. */
function refuse(name: string): () => never {
  return () => {
    throw new Error(`front matter language "${name}" is not allowed`);
  };
}

// Dates stay strings (CORE schema has no timestamp type): js-yaml rolls impossible dates over.
const engines = {
  yaml: (source: string): object => (yaml.load(source, { schema: yaml.CORE_SCHEMA }) ?? {}) as object,
  js: refuse('js'),
  javascript: refuse('javascript'),
  coffee: refuse('coffee'),
  coffeescript: refuse('coffeescript'),
  json: refuse('json'),
  toml: refuse('toml'),
};

/**
 * The gray-matter adapter. Splits YAML front matter from the body of `text` (BOM removed,
 * `\n` line endings). Always passes an options object: without one gray-matter caches by
 * content and returns empty data for a broken file the second time, and shares mutable objects.
 */
export function parseFrontMatter(text: string): FrontMatterResult {
  const open = OPEN_RE.exec(text);
  if (!text.startsWith('---')) {
    return { ok: true, data: {}, body: text, bodyLine: 1, hasFrontMatter: false };
  }
  const language = open?.[1]?.trim();
  if (language && language !== 'yaml' && language !== 'yml') {
    return {
      ok: false,
      position: { line: 1, column: 4 },
      message: `Front matter in "${language}" is not allowed; only YAML is read (other languages would run as code)`,
      note: 'Start the file with a plain "---" line and write the front matter in YAML.',
    };
  }
  try {
    const parsed = matter(text, { language: 'yaml', engines });
    const data = parsed.data && typeof parsed.data === 'object' && !Array.isArray(parsed.data) ? parsed.data : null;
    if (!data) {
      return {
        ok: false,
        position: { line: 2, column: 1 },
        message: 'Front matter is not a mapping of keys to values',
        note: 'Write one "key: value" per line between the two "---" lines.',
      };
    }
    const consumed = text.length - parsed.content.length;
    const bodyLine = countLines(text.slice(0, consumed)) + 1;
    return { ok: true, data: { ...data }, body: parsed.content, bodyLine, hasFrontMatter: true };
  } catch (e) {
    return yamlProblem(e, text);
  }
}

function countLines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** Turns a js-yaml exception into a position in the file (line 0 of the YAML is the opening "---" line). */
function yamlProblem(e: unknown, text: string): FrontMatterResult {
  if (e instanceof yaml.YAMLException) {
    const mark = (e as yaml.YAMLException & { mark?: { line: number; column: number } }).mark;
    const reason = (e as yaml.YAMLException & { reason?: string }).reason ?? e.message;
    // gray-matter hands js-yaml the text from the end of the opening "---" line, so line 0 is that line.
    let position = { line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1 };
    // At "end of the stream" js-yaml points past the YAML; the culprit is where the unclosed value opened.
    if (/end of the stream/.test(reason)) position = unclosedValue(text) ?? position;
    return {
      ok: false,
      position,
      message: `Front matter is not valid YAML: ${reason}`,
      note: 'Fix the YAML at this line; quote values that hold ":" or start with a special character such as "[", "{", "*" or "&".',
    };
  }
  const message = e instanceof Error ? e.message : String(e);
  return {
    ok: false,
    position: { line: 1, column: 1 },
    message: `Front matter could not be read: ${message}`,
    note: 'Start the file with "---", write YAML, and close it with another "---" line.',
  };
}

/** The first front matter line whose quote or bracket is never closed, as js-yaml reads it. */
function unclosedValue(text: string): { line: number; column: number } | null {
  const lines = text.split('\n');
  for (let i = 1; i < lines.length && lines[i] !== '---'; i++) {
    const line = lines[i] ?? '';
    const value = /^\s*(?:-\s+)?[^:#]*:\s*(.*)$/.exec(line)?.[1] ?? line.trim();
    const column = line.length - value.length + 1;
    const open = value[0];
    if (open === '"' && !/^"(?:[^"\\]|\\.)*"/.test(value)) return { line: i + 1, column };
    if (open === "'" && !/^'(?:[^']|'')*'/.test(value)) return { line: i + 1, column };
    if (open === '[' && (value.match(/\[/g)?.length ?? 0) > (value.match(/\]/g)?.length ?? 0)) return { line: i + 1, column };
    if (open === '{' && (value.match(/\{/g)?.length ?? 0) > (value.match(/\}/g)?.length ?? 0)) return { line: i + 1, column };
  }
  return null;
}
