import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPostFiles, loadPosts, selectPublished } from '../../src/load/load-posts.js';
import { NOW, testConfig } from '../helpers/config.js';
import { useTempDirs, writeFiles } from '../helpers/temp.js';

const tempDir = useTempDirs('load');

/** A posts folder holding `files`, and a config pointing at it. */
function postsFolder(files: Record<string, string | Uint8Array>, overrides: { drafts?: boolean; future?: boolean } = {}) {
  const dir = tempDir();
  writeFiles(dir, files);
  return { dir, config: testConfig({}, { postsDir: dir, ...overrides }) };
}

const good = (title: string, extra = '') => `---\ntitle: ${title}\ndate: 2025-12-02 09:00:00 +0900\n${extra}---\n本文です。\n`;

describe('findPostFiles', () => {
  it('finds .md and .markdown files in sub-folders, sorted, leaving out hidden and _ files', async () => {
    const { dir } = postsFolder({
      'b.md': '',
      'a.markdown': '',
      '2025/c.md': '',
      '.hidden.md': '',
      '_partial.md': '',
      'notes.txt': '',
    });
    const files = (await findPostFiles(dir)).map((f) => path.relative(dir, f).split(path.sep).join('/'));
    expect(files).toEqual(['2025/c.md', 'a.markdown', 'b.md']);
  });
});

describe('loadPosts', () => {
  it('reports invalid UTF-8 as an error naming the file', async () => {
    const { config } = postsFolder({ '2025-12-02-sjis.md': new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x93, 0xfa, 0x96, 0x7b]), '2025-12-02-ok.md': good('良い記事') });
    const r = await loadPosts(config);
    expect(r.posts.map((p) => p.title)).toEqual(['良い記事']);
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'error', ruleId: 'source-encoding', message: 'File is not valid UTF-8' })]);
    expect(r.diagnostics[0]?.file).toMatch(/2025-12-02-sjis\.md$/);
  });

  it('reports every problem of every broken file in one run', async () => {
    const { config } = postsFolder({
      '2025-12-01-yaml.md': '---\ntitle: あ\ntags: [a, b\n---\n',
      '2025-12-02-date.md': '---\ntitle: い\ndate: 2025-02-30\n---\n',
      '2025-12-03-title.md': '---\ndate: 2025-12-03\n---\n',
      '2025-12-04-js.md': '---js\n({ title: "x" })\n---\n',
      '2025-12-05-ok.md': good('正常'),
    });
    const r = await loadPosts(config);
    const found = r.diagnostics.map((d) => `${path.basename(d.file)} ${d.ruleId}`).sort();
    expect(found).toEqual([
      '2025-12-01-yaml.md front-matter-yaml',
      '2025-12-02-date.md front-matter-date',
      '2025-12-03-title.md front-matter-title',
      '2025-12-04-js.md front-matter-yaml',
    ]);
    expect(r.posts.map((p) => p.title)).toEqual(['正常']);
  });

  it('does not run ---js front matter found on disk', async () => {
    const marker = path.join(tempDir(), 'ran.txt');
    const { config } = postsFolder({
      '2025-12-02-evil.md': `---js\nrequire('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); globalThis.__postRan = 1; ({ title: 'x' })\n---\n本文\n`,
    });
    const r = await loadPosts(config);
    expect(r.posts).toEqual([]);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', line: 1 });
    expect(existsSync(marker)).toBe(false);
    expect((globalThis as { __postRan?: number }).__postRan).toBeUndefined();
  });

  it('reports the same error for a broken file when loaded a second time', async () => {
    const { config } = postsFolder({ '2025-12-02-broken.md': '---\ntitle: "閉じて\ndate: [\n---\n' });
    const first = await loadPosts(config);
    const second = await loadPosts(config);
    expect(first.diagnostics).toHaveLength(1);
    expect(second.diagnostics).toEqual(first.diagnostics);
  });

  it('loads a file with a BOM and CRLF line endings like any other', async () => {
    const { config } = postsFolder({ '2025-12-02-crlf.md': '\uFEFF' + good('改行', 'tags: [a]\n').replace(/\n/g, '\r\n') });
    const r = await loadPosts(config);
    expect(r.diagnostics).toEqual([]);
    expect(r.posts[0]).toMatchObject({ title: '改行', tags: ['a'], body: '本文です。\n', bodyLine: 6 });
  });

  it('names a missing posts folder', async () => {
    const r = await loadPosts(testConfig({}, { postsDir: path.join(tempDir(), 'missing') }));
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', ruleId: 'posts-folder' });
    expect(r.diagnostics[0]?.message).toContain('missing');
  });
});

describe('selectPublished', () => {
  const files = {
    '2025-12-01-public.md': good('公開'),
    '2025-12-02-draft.md': good('下書き', 'draft: true\n'),
    '2025-12-03-unpublished.md': good('非公開', 'published: false\n'),
    '2026-12-25-future.md': '---\ntitle: 未来\ndate: 2026-12-25 09:00:00 +0900\n---\n',
  };
  const titles = async (overrides: { drafts?: boolean; future?: boolean }) => {
    const { config } = postsFolder(files, overrides);
    return selectPublished((await loadPosts(config)).posts, config)
      .map((p) => p.title)
      .sort();
  };

  it('leaves out drafts, published: false and future posts by default', async () => {
    expect(await titles({})).toEqual(['公開']);
  });

  it('keeps drafts and published: false posts when drafts are asked for', async () => {
    expect(await titles({ drafts: true })).toEqual(['下書き', '公開', '非公開'].sort());
  });

  it('keeps future posts when future posts are asked for', async () => {
    expect(await titles({ future: true })).toEqual(['公開', '未来'].sort());
  });

  it('counts a post dated exactly now as published', async () => {
    const { config } = postsFolder({ '2026-11-22-now.md': `---\ntitle: 今\ndate: ${NOW.toISOString()}\n---\n` });
    expect(selectPublished((await loadPosts(config)).posts, config)).toHaveLength(1);
  });
});
