import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSiteContext, fixPosts } from '../../src/check/index.js';
import { loadPosts } from '../../src/load/load-posts.js';
import { testConfig } from './helpers.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'check-fix-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const front = (tags = '["ロボット"]') => `---\ntitle: "ロボット向け基盤モデル"\ndate: 2025-12-03 09:00:00 +0900\ntags: ${tags}\n---\n\n`;

async function fix(name: string, text: string | Buffer) {
  writeFileSync(path.join(dir, name), text);
  const config = { ...testConfig(), postsDir: dir };
  const { posts } = await loadPosts(config);
  const results = await fixPosts(posts, createSiteContext(posts, config));
  return { results, after: readFileSync(path.join(dir, name), 'utf8') };
}

describe('fixPosts', () => {
  it('drops marker lines and the exact repetition between them, keeping the original as .orig', async () => {
    const section = '## 課題\n\n動作の安全性をどう保証するかが、最大の課題です。\n';
    const original = `${front()}家庭用ロボットに基盤モデルを載せる試みが広がっています。\n\n${section}\n---END---\n\n${section}\n---END---\n`;
    const { results, after } = await fix('2025-12-03-robot.md', original);
    expect(after).toBe(`${front()}家庭用ロボットに基盤モデルを載せる試みが広がっています。\n\n${section}`);
    expect(readFileSync(path.join(dir, '2025-12-03-robot.md.orig'), 'utf8')).toBe(original);
    expect(results).toHaveLength(1);
    expect(results[0]?.backup).toMatch(/2025-12-03-robot\.md\.orig$/);
    expect(results[0]?.changes).toMatchObject([
      { line: 13, ruleId: 'generation-marker', description: expect.stringContaining('lines 15–17 after it, which repeat earlier text') },
    ]);
  });

  it('keeps text after a marker that is not a repetition, removing only the marker line', async () => {
    const original = `${front()}冒頭の段落です。\n\n---END---\n\n続きの段落は、ほかのどこにも書かれていない新しい文章です。\n`;
    const { after } = await fix('2025-12-03-keep.md', original);
    expect(after).toBe(`${front()}冒頭の段落です。\n\n続きの段落は、ほかのどこにも書かれていない新しい文章です。\n`);
  });

  it('keeps a repetition that holds anything the parser did not turn into a block', async () => {
    const para = '[申し込みはこちら](https://example.com/apply)\n';
    const original = `${front()}${para}\n{: .cta}\n\n---END---\n\n${para}\n{: .cta}\n`;
    const { after } = await fix('2025-12-03-ial.md', original);
    expect(after).toBe(`${front()}${para}\n{: .cta}\n\n${para}\n{: .cta}\n`);
  });

  it('keeps the blank line between paragraphs when the marker sat right under a line', async () => {
    const { after } = await fix('2025-12-03-tight.md', `${front()}段落の一行目です。\n---END---\n\n次の段落です。\n`);
    expect(after).toBe(`${front()}段落の一行目です。\n\n次の段落です。\n`);
  });

  it('folds full-width letters and digits in tags and leaves the title alone', async () => {
    const original = `${front('["ＡＩ", "ロボット", "ＧＰＴ５"]')}本文です。\n`;
    const { results, after } = await fix('2025-12-03-tags.md', original);
    expect(after).toBe(`${front('["AI", "ロボット", "GPT5"]')}本文です。\n`);
    expect(results[0]?.changes).toMatchObject([{ line: 4, ruleId: 'fullwidth-ascii' }]);
  });

  it('keeps CRLF line endings', async () => {
    const lf = `${front()}冒頭の段落です。\n\n[END]\n\n続きの段落です。\n`;
    const { after } = await fix('2025-12-03-crlf.md', Buffer.from(lf.replace(/\n/g, '\r\n')));
    expect(after).toBe(`${front()}冒頭の段落です。\n\n続きの段落です。\n`.replace(/\n/g, '\r\n'));
  });

  it('never overwrites an earlier backup', async () => {
    writeFileSync(path.join(dir, '2025-12-03-again.md.orig'), 'older backup');
    const { results } = await fix('2025-12-03-again.md', `${front()}本文です。\n\n---END---\n`);
    expect(readFileSync(path.join(dir, '2025-12-03-again.md.orig'), 'utf8')).toBe('older backup');
    expect(results[0]?.backup).toMatch(/\.orig\.2$/);
  });

  it('leaves posts with nothing to fix untouched and without a backup', async () => {
    const { results } = await fix('2025-12-03-fine.md', `${front()}本文です。\n`);
    expect(results).toEqual([]);
    expect(() => readFileSync(path.join(dir, '2025-12-03-fine.md.orig'))).toThrow();
  });
});
