import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, siteConfig } from '../helpers/site.js';
import { useTempDirs, writeFiles } from '../helpers/temp.js';

const tempDir = useTempDirs('build-errors');

/** Builds a blog made of `posts` (file name → text). */
async function buildPosts(posts: Record<string, string>, user: Parameters<typeof siteConfig>[0] = {}) {
  const dir = tempDir();
  writeFiles(dir, posts);
  return buildSite(siteConfig(user, { postsDir: dir }));
}

const post = (title: string, extra = '') => `---\ntitle: ${title}\ndate: 2025-12-02 09:00:00 +0900\n${extra}---\n本文です。\n`;

describe('build errors', () => {
  it('reports two posts with the same URL as an error naming both files, and gives nothing to write', async () => {
    const r = await buildPosts({
      '2025-12-02-first.md': post('一つ目', 'permalink: /news/same/\n'),
      '2025-12-03-second.md': post('二つ目', 'categories: [a]\npermalink: /news/same/\n'),
    });
    const dup = r.diagnostics.filter((d) => d.ruleId === 'duplicate-url');
    expect(dup).toHaveLength(1);
    expect(dup[0]?.severity).toBe('error');
    const named = `${dup[0]?.file} ${dup[0]?.message}`;
    expect(named).toContain('2025-12-02-first.md');
    expect(named).toContain('2025-12-03-second.md');
    expect(dup[0]?.message).toContain('/news/same/');
    expect(r.files).toEqual([]);
  });

  it('reports a post whose permalink is the URL of a generated page as an error naming the post', async () => {
    const r = await buildPosts({
      '2025-12-02-archives.md': post('アーカイブを上書き', 'permalink: /archives/\n'),
      '2025-12-03-feed.md': post('フィードを上書き', 'permalink: /feed.xml\n'),
    });
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => path.basename(d.file)).sort()).toEqual(['2025-12-02-archives.md', '2025-12-03-feed.md']);
    expect(errors.every((d) => d.line === 4)).toBe(true);
    // Never two files at one path: which one the write step keeps would be a race.
    const paths = r.files.map((f) => f.path);
    expect(paths.filter((p, i) => paths.indexOf(p) !== i)).toEqual([]);
  });

  it('points a duplicate URL error at the permalink: line', async () => {
    const r = await buildPosts({
      '2025-12-02-a.md': post('A', 'permalink: /x/\n'),
      '2025-12-02-b.md': post('B', 'permalink: /x/\n'),
    });
    expect(r.diagnostics[0]?.line).toBe(4);
  });

  it('reports every broken post of the blog together, then gives nothing to write', async () => {
    const r = await buildPosts({
      '2025-12-01-ok.md': post('正常'),
      '2025-12-02-date.md': '---\ntitle: 日付\ndate: 2025-02-30\n---\n',
      '2025-12-03-yaml.md': '---\ntitle: [\n---\n',
      '2025-12-04-deep.md': post('深い', '') + '>'.repeat(5000),
    });
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => path.basename(d.file)).sort()).toEqual(['2025-12-02-date.md', '2025-12-03-yaml.md', '2025-12-04-deep.md']);
    expect(r.files).toEqual([]);
  });

  it('reports a tag missing from taxonomySlugs as an error naming the post', async () => {
    const r = await buildPosts({ '2025-12-02-a.md': post('A', 'tags: [AI, 規制]\n') }, { taxonomySlugs: { AI: 'ai' } });
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'error', ruleId: 'taxonomy-slug', line: 4 })]);
    expect(r.diagnostics[0]?.file).toMatch(/2025-12-02-a\.md$/);
  });

  it('reports an unknown layout at its line', async () => {
    const r = await buildPosts({ '2025-12-02-a.md': post('A', 'layout: fancy\n') });
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'error', ruleId: 'unknown-layout', line: 4 })]);
  });

  it('builds despite warnings: a file without front matter and a removed <script>', async () => {
    const r = await buildPosts({
      '2025-12-02-plain.md': '# 見出しだけの記事\n\n本文です。\n',
      '2025-12-03-script.md': post('スクリプト') + '\n<script>alert(1)</script>\n',
    });
    // The content check adds its own warnings (here the file-name date); none of them is an error.
    expect(r.diagnostics.map((d) => `${d.severity} ${d.ruleId}`)).toEqual(expect.arrayContaining(['warning front-matter-missing', 'warning unsafe-html']));
    expect(r.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    expect(r.diagnostics.find((d) => d.ruleId === 'unsafe-html')?.line).toBe(7);
    expect(r.files.some((f) => f.path === '2025/12/02/plain/index.html')).toBe(true);
  });
});
