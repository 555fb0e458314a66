import { createHash } from 'node:crypto';
import { readFile } from 'node:fs';
import { promisify } from 'node:util';

/** A post file's text, ready to parse, or why it cannot be read. */
export type SourceText = { ok: true; text: string; hash: string } | { ok: false; message: string; note: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The hash of a file's bytes: the key of every cache of what comes from the file. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Decodes bytes as strict UTF-8, drops a BOM and turns CRLF and CR into LF. */
export function decodeSource(bytes: Uint8Array): SourceText {
  const hash = hashBytes(bytes);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return {
      ok: false,
      message: 'File is not valid UTF-8',
      note: 'Save the file as UTF-8 (not Shift_JIS or EUC-JP); most editors offer "Save with encoding".',
    };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return { ok: true, text, hash };
}

// The callback `readFile` reads a small file in one go; `fs/promises` reads in chunks and takes 3–4× as long.
const readBytes = promisify(readFile);

/** Reads one post file's bytes. */
export function readSourceBytes(absPath: string): Promise<Buffer> {
  return readBytes(absPath);
}

/** Reads and decodes one post file. */
export async function readSource(absPath: string): Promise<SourceText> {
  return decodeSource(await readBytes(absPath));
}
