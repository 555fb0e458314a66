import { describe, expect, it } from 'vitest';
import { postPath } from '../../src/collect/permalink.js';
import type { ResolvedConfig } from '../../src/config/types.js';
import { validatePost, type ValidatedPost } from '../../src/load/validate-post.js';
import { testConfig } from '../helpers/config.js';

const config = testConfig();

/** Validates `text` as if it were `posts/<fileName>`. */
function validate(text: string, fileName = '2025-12-02-test.md', cfg: ResolvedConfig = config): ValidatedPost {
  return validatePost({ file: `posts/${fileName}`, absPath: `/blog/posts/${fileName}`, fileName, hash: 'hash' }, text, cfg);
}

/** The post of a file that must validate. */
function post(text: string, fileName?: string) {
  const r = validate(text, fileName);
  if (!r.post) throw new Error(`expected a post, got ${JSON.stringify(r.diagnostics)}`);
  return r.post;
}

const fm = (lines: string[], body = '本文です。') => `---\n${lines.join('\n')}\n---\n${body}\n`;

describe('validatePost: dates', () => {
  it.each([
    ['2025-12-02 20:39:12 +0000', '2025-12-02T20:39:12.000Z'],
    ['2025-12-02 20:39:12 +09:00', '2025-12-02T11:39:12.000Z'],
    ['2025-12-02T11:39:12Z', '2025-12-02T11:39:12.000Z'],
    ['2025-12-02', '2025-12-01T15:00:00.000Z'],
    ['2025-12-02 20:39:12', '2025-12-02T11:39:12.000Z'],
    ['2025-12-02T20:39:12.250+09:00', '2025-12-02T11:39:12.250Z'],
  ])('reads date: %s', (value, iso) => {
    expect(post(fm(['title: あ', `date: ${value}`])).date.toISOString()).toBe(iso);
  });

  it.each(['2025-13-45', '2025-02-30', '2025-12-02 24:00'])('rejects date: %s with an error at the value on the date: line', (value) => {
    const r = validate(fm(['layout: post', 'title: あ', `date: "${value}"`, 'tags: [a]']));
    expect(r.post).toBeNull();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', ruleId: 'front-matter-date', file: 'posts/2025-12-02-test.md', line: 4, column: 7 });
    expect(r.diagnostics[0]?.message).toContain(value);
  });

  it('points at the updated: line when the update date is impossible', () => {
    const r = validate(fm(['title: あ', 'date: 2025-12-02', 'updated: 2025-02-30']));
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', line: 4 });
  });

  it('takes the date from the file name when the front matter has none, at midnight in the site zone', () => {
    expect(post(fm(['title: あ']), '2025-12-02-from-name.md').date.toISOString()).toBe('2025-12-01T15:00:00.000Z');
  });

  it('refuses an impossible date in the file name', () => {
    const r = validate(fm(['title: あ']), '2025-02-30-bad.md');
    expect(r.diagnostics[0]?.message).toMatch(/file name's date is impossible/);
  });

  it('puts a post dated 2026-02-14 02:08:43 +0900 under /2026/02/14/ although the machine runs in UTC', () => {
    expect(process.env.TZ).toBe('UTC');
    const p = post(fm(['title: EU AI法', 'date: 2026-02-14 02:08:43 +0900']), '2026-02-14-eu-ai-act.md');
    // In the machine's zone this instant is still the 13th: a path built from local time would be wrong.
    expect(p.date.getDate()).toBe(13);
    expect(postPath(p, config, [])).toBe('/2026/02/14/eu-ai-act/');
  });
});

describe('validatePost: fields', () => {
  it('reads categories and tags written as lists', () => {
    const p = post(fm(['title: あ', 'categories: [技術解説, ニュース]', 'tags:', '  - OpenAI', '  - 生成AI']));
    expect(p.categories).toEqual(['技術解説', 'ニュース']);
    expect(p.tags).toEqual(['OpenAI', '生成AI']);
  });

  it('reads categories and tags written as whitespace-separated text, as Jekyll does', () => {
    const p = post(fm(['title: あ', 'categories: 技術解説  ニュース', 'tags: OpenAI 生成AI\tLLM']));
    expect(p.categories).toEqual(['技術解説', 'ニュース']);
    expect(p.tags).toEqual(['OpenAI', '生成AI', 'LLM']);
  });

  it('reads a single category from category:', () => {
    expect(post(fm(['title: あ', 'category: 解説'])).categories).toEqual(['解説']);
  });

  it('marks published: false as a draft', () => {
    expect(post(fm(['title: あ', 'published: false'])).draft).toBe(true);
  });

  it('marks draft: true as a draft', () => {
    expect(post(fm(['title: あ', 'draft: true'])).draft).toBe(true);
    expect(post(fm(['title: あ'])).draft).toBe(false);
  });

  it('keeps unknown keys in data for templates', () => {
    const p = post(fm(['title: あ', 'hero_color: "#ff0000"', 'sponsor: {name: 株式会社テスト, url: "https://example.com"}']));
    expect(p.data.hero_color).toBe('#ff0000');
    expect(p.data.sponsor).toEqual({ name: '株式会社テスト', url: 'https://example.com' });
  });

  it('reads a numeric title as text', () => {
    expect(post(fm(['title: 2025'])).title).toBe('2025');
  });

  it('reports a missing title as an error naming the file', () => {
    const r = validate(fm(['date: 2025-12-02']));
    expect(r.post).toBeNull();
    expect(r.diagnostics).toEqual([expect.objectContaining({ file: 'posts/2025-12-02-test.md', severity: 'error', ruleId: 'front-matter-title', message: 'Post has no title' })]);
  });

  it('reports a key of the wrong type at its line', () => {
    const r = validate(fm(['title: あ', 'date: 2025-12-02', 'draft: "yes"']));
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', ruleId: 'front-matter-type', line: 4 });
    expect(r.diagnostics[0]?.message).toContain('"draft"');
  });

  it('reports every problem of one file at once', () => {
    const r = validate(fm(['date: 2025-02-30', 'updated: 2025-13-01']));
    expect(r.diagnostics.map((d) => d.ruleId).sort()).toEqual(['front-matter-date', 'front-matter-date', 'front-matter-title']);
  });

  it('records the line of each front matter key', () => {
    expect(post(fm(['title: あ', 'date: 2025-12-02', 'tags: [a]'])).keyLines).toEqual({ title: 2, date: 3, tags: 4 });
  });
});

describe('validatePost: files without front matter', () => {
  it('takes the title from the first heading and warns', () => {
    const r = validate('# 生成AIの現在地\n\n本文です。\n', '2025-12-02-no-front-matter.md');
    expect(r.post?.title).toBe('生成AIの現在地');
    expect(r.post?.date.toISOString()).toBe('2025-12-01T15:00:00.000Z');
    expect(r.post?.body.trim()).toBe('本文です。');
    expect(r.post?.bodyLine).toBe(2);
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', ruleId: 'front-matter-missing', line: 1 })]);
    expect(r.diagnostics[0]?.message).toContain('生成AIの現在地');
  });

  it('takes the title from the first non-empty line when there is no heading', () => {
    expect(validate('\n\n最初の行\n二行目\n').post?.title).toBe('最初の行');
  });
});

describe('validatePost: YAML errors', () => {
  it('reports invalid YAML at its file line and column, naming the file', () => {
    const r = validate(fm(['title: あ', 'date: 2025-12-02', 'foo: : bar']), '2025-12-02-yaml.md');
    expect(r.diagnostics).toEqual([expect.objectContaining({ file: 'posts/2025-12-02-yaml.md', severity: 'error', ruleId: 'front-matter-yaml', line: 4, column: 6 })]);
  });

  it('reports the same YAML error when the same broken file is validated twice', () => {
    const text = fm(['title: あ', 'tags: [a, b', 'date: 2025-12-02']);
    const first = validate(text);
    const second = validate(text);
    expect(first.diagnostics).toHaveLength(1);
    expect(second.diagnostics).toEqual(first.diagnostics);
    expect(second.post).toBeNull();
  });
});
