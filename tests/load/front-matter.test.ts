import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/load/front-matter.js';

describe('parseFrontMatter', () => {
  it('splits YAML front matter from the body and says where the body starts', () => {
    const r = parseFrontMatter('---\ntitle: あ\ndate: 2025-12-02\n---\n本文です。\n');
    expect(r).toEqual({ ok: true, data: { title: 'あ', date: '2025-12-02' }, body: '本文です。\n', bodyLine: 5, hasFrontMatter: true });
  });

  it('keeps dates as text so impossible dates are not rolled over by the YAML parser', () => {
    const r = parseFrontMatter('---\ndate: 2025-02-30\n---\n');
    expect(r.ok && r.data.date).toBe('2025-02-30');
  });

  it('reports a file without front matter as such, with its whole text as the body', () => {
    expect(parseFrontMatter('# 見出し\n本文')).toEqual({ ok: true, data: {}, body: '# 見出し\n本文', bodyLine: 1, hasFrontMatter: false });
  });

  it('refuses ---js front matter and does not run it', () => {
    const marker = path.join(os.tmpdir(), `kotoba-js-front-matter-${process.pid}`);
    const payload = `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); globalThis.__frontMatterRan = true; ({ title: 'x' })`;
    for (const opener of ['---js', '---javascript', '--- js', '---coffee']) {
      const r = parseFrontMatter(`${opener}\n${payload}\n---\n本文`);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.message).toMatch(/not allowed; only YAML is read/);
      expect(!r.ok && r.position).toEqual({ line: 1, column: 4 });
    }
    expect((globalThis as { __frontMatterRan?: boolean }).__frontMatterRan).toBeUndefined();
    expect(existsSync(marker)).toBe(false);
  });

  it('refuses YAML tags that would build JavaScript functions', () => {
    const r = parseFrontMatter('---\ntitle: !!js/function "function () { globalThis.__yamlRan = true }"\n---\n');
    expect(r.ok).toBe(false);
    expect((globalThis as { __yamlRan?: boolean }).__yamlRan).toBeUndefined();
  });

  it('gives the same error when the same broken text is parsed twice (gray-matter caches by content)', () => {
    const broken = '---\ntitle: あ\ntags: [a, b\ndate: 2025-12-02\n---\n本文';
    const first = parseFrontMatter(broken);
    const second = parseFrontMatter(broken);
    expect(first.ok).toBe(false);
    expect(second).toEqual(first);
  });

  it('returns a fresh data object each time, so one post cannot change another with the same text', () => {
    const text = '---\ntitle: あ\ntags: [a]\n---\n';
    const first = parseFrontMatter(text);
    if (first.ok) first.data.title = 'changed';
    const second = parseFrontMatter(text);
    expect(second.ok && second.data.title).toBe('あ');
  });

  it('points a YAML error at the file line of the mistake, counting the opening --- as line 1', () => {
    const r = parseFrontMatter('---\ntitle: あ\ndescription: これは: 駄目\n---\n');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.position).toEqual({ line: 3, column: 17 });
  });

  it('points a bad indentation at its line', () => {
    const r = parseFrontMatter('---\ntitle: あ\ndate: 2025-12-02\ntags:\n  - a\n - b\n---\n本文');
    expect(!r.ok && r.position.line).toBe(6);
  });

  it('points a duplicated key at its second occurrence', () => {
    const r = parseFrontMatter('---\ntitle: あ\ntitle: い\n---\n本文');
    expect(!r.ok && r.position.line).toBe(3);
    expect(!r.ok && r.message).toMatch(/duplicated mapping key/);
  });

  it('points an unclosed quote at the line where the quoted value starts, not at the closing ---', () => {
    const r = parseFrontMatter('---\ntitle: "閉じていない\ndate: 2025-12-02\ntags: [a]\n---\n本文');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.position.line).toBe(2);
  });

  it('refuses front matter that is a list instead of keys and values', () => {
    const r = parseFrontMatter('---\n- a\n- b\n---\n');
    expect(!r.ok && r.message).toBe('Front matter is not a mapping of keys to values');
  });
});
