import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/load/read-source.js';
import { validatePost } from '../../src/load/validate-post.js';
import { testConfig } from '../helpers/config.js';

const text = '---\ntitle: "BOMと改行"\ndate: 2025-12-02 20:39:12 +0900\ntags: [a, b]\n---\n\n一行目。\n二行目。\n';
const encoder = new TextEncoder();

/** Decodes bytes and validates them as one post. */
function load(bytes: Uint8Array) {
  const decoded = decodeSource(bytes);
  if (!decoded.ok) throw new Error(decoded.message);
  const r = validatePost({ file: 'posts/2025-12-02-x.md', absPath: '/x', fileName: '2025-12-02-x.md', hash: decoded.hash }, decoded.text, testConfig());
  if (!r.post) throw new Error(JSON.stringify(r.diagnostics));
  const { hash: _hash, ...rest } = r.post;
  return { post: rest, diagnostics: r.diagnostics };
}

describe('decodeSource', () => {
  it('drops a UTF-8 byte order mark', () => {
    const decoded = decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode('---\n')]));
    expect(decoded.ok && decoded.text).toBe('---\n');
  });

  it('turns CRLF and lone CR into LF', () => {
    const decoded = decodeSource(encoder.encode('a\r\nb\rc\n'));
    expect(decoded.ok && decoded.text).toBe('a\nb\nc\n');
  });

  it('parses a file with a BOM exactly like the same file without one', () => {
    const plain = load(encoder.encode(text));
    const withBom = load(new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(text)]));
    expect(withBom).toEqual(plain);
    expect(plain.post.title).toBe('BOMと改行');
  });

  it('parses a CRLF file exactly like the same file with LF', () => {
    expect(load(encoder.encode(text.replace(/\n/g, '\r\n')))).toEqual(load(encoder.encode(text)));
  });

  it('refuses bytes that are not UTF-8 (a Shift_JIS file)', () => {
    // 「日本」 in Shift_JIS.
    const decoded = decodeSource(new Uint8Array([0x93, 0xfa, 0x96, 0x7b]));
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.message).toBe('File is not valid UTF-8');
  });

  it('hashes the raw bytes, so a changed line ending changes the hash', () => {
    const a = decodeSource(encoder.encode(text));
    const b = decodeSource(encoder.encode(text.replace(/\n/g, '\r\n')));
    expect(a.ok && b.ok && a.hash !== b.hash).toBe(true);
  });
});
