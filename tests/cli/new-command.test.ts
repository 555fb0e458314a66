import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../../src/cli/args.js';
import { frontMatterDate, newCommand, newPostText, slugFromTitle, writeNewPost, type NewPost } from '../../src/cli/new-command.js';
import { validatePost } from '../../src/load/validate-post.js';
import { testConfig } from '../helpers/config.js';
import { useTempDirs, writeFiles } from '../helpers/temp.js';

const tempDir = useTempDirs('new-command');
const NOW = new Date('2026-11-22T06:04:05Z'); // 15:04:05 in Tokyo

const draft = (fields: Partial<NewPost> = {}): NewPost => ({
  title: 'OpenAIがGPT-5を発表',
  slug: 'openai-gpt-5',
  date: NOW,
  timeZone: 'Asia/Tokyo',
  categories: [],
  tags: [],
  author: '編集部',
  draft: false,
  ...fields,
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('slugFromTitle', () => {
  it('joins the ASCII words of the title, lower-cased', () => {
    expect(slugFromTitle('OpenAIがGPT-5を発表', NOW)).toBe('openai-gpt-5');
    expect(slugFromTitle('EU AI Act: 汎用AIモデルの義務が始まる', NOW)).toBe('eu-ai-act');
    expect(slugFromTitle('ＮＶＩＤＩＡの決算', NOW)).toBe('nvidia');
  });

  it('falls back to a short unique slug when the title has too few ASCII words', () => {
    expect(slugFromTitle('生成AIと著作権', NOW)).toBe(`post-${NOW.getTime().toString(36)}`);
    expect(slugFromTitle('2026年の予測', NOW)).toMatch(/^post-[0-9a-z]+$/);
    expect(slugFromTitle('人工知能の話', NOW)).toMatch(/^post-[0-9a-z]+$/);
  });

  it('stays short', () => {
    expect(slugFromTitle('a'.repeat(10) + ' ' + 'word '.repeat(30), NOW).length).toBeLessThanOrEqual(60);
  });
});

describe('newPostText', () => {
  it('dates the post in the site time zone with its offset', () => {
    expect(frontMatterDate(NOW, 'Asia/Tokyo')).toBe('2026-11-22 15:04:05 +0900');
    expect(frontMatterDate(NOW, 'America/New_York')).toBe('2026-11-22 01:04:05 -0500');
  });

  it('writes front matter the loader reads back exactly, whatever the title holds', () => {
    const title = 'AI: "次の一手" は #1 か？ [速報] & \\ の話';
    const text = newPostText(draft({ title, categories: ['業界動向'], tags: ['OpenAI', '生成AI'], draft: true }));
    expect(text).toContain('date: 2026-11-22 15:04:05 +0900\n');
    const config = testConfig({ author: '編集部' });
    const { post, diagnostics } = validatePost({ file: 'x.md', absPath: '/x/2026-11-22-x.md', fileName: '2026-11-22-x.md', hash: 'h' }, text, config);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(post).toMatchObject({ title, categories: ['業界動向'], tags: ['OpenAI', '生成AI'], author: '編集部', draft: true, layout: 'post' });
    expect(post?.date.toISOString()).toBe(NOW.toISOString());
  });
});

describe('writeNewPost', () => {
  it('names the file after the day in the site time zone and never overwrites', async () => {
    const dir = tempDir();
    const first = await writeNewPost(dir, draft());
    writeFileSync(first, 'edited by hand\n');
    const second = await writeNewPost(dir, draft());
    const third = await writeNewPost(dir, draft());
    expect([first, second, third].map((f) => path.basename(f))).toEqual(['2026-11-22-openai-gpt-5.md', '2026-11-22-openai-gpt-5-2.md', '2026-11-22-openai-gpt-5-3.md']);
    expect(readFileSync(first, 'utf8')).toBe('edited by hand\n');
  });
});

describe('npm run new', () => {
  /** A blog folder with a config of its own, and what the command printed. */
  async function run(argv: string[]): Promise<{ dir: string; printed: string; code: number }> {
    const dir = tempDir();
    writeFiles(dir, { 'site.config.ts': "export default { title: 'テスト', url: 'https://example.jp', author: '山田 太郎' };\n", 'package.json': '{ "type": "module" }\n' });
    let printed = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      printed += String(chunk);
      return true;
    });
    const code = await newCommand([...argv, '--config', path.join(dir, 'site.config.ts')]);
    vi.restoreAllMocks();
    return { dir, printed, code };
  }

  it('writes posts/YYYY-MM-DD-slug.md with the title, categories, tags and the config author, and prints its path', async () => {
    const { dir, printed, code } = await run(['EU AI Act の新ルール', '--category', '規制・政策', '--tags', 'EU, 規制,AI']);
    expect(code).toBe(0);
    const [name] = readdirSync(path.join(dir, 'posts'));
    expect(name).toMatch(/^\d{4}-\d{2}-\d{2}-eu-ai-act\.md$/);
    expect(printed.trim()).toBe(path.join(dir, 'posts', name as string));
    const text = readFileSync(path.join(dir, 'posts', name as string), 'utf8');
    expect(text).toContain('title: "EU AI Act の新ルール"\n');
    expect(text).toMatch(/\ndate: \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \+0900\n/);
    expect(text).toContain('categories: ["規制・政策"]\n');
    expect(text).toContain('tags: ["EU", "規制", "AI"]\n');
    expect(text).toContain('author: "山田 太郎"\n');
  });

  it('uses --slug as given', async () => {
    const { dir } = await run(['生成AIと著作権', '--slug', 'genai-copyright']);
    expect(readdirSync(path.join(dir, 'posts'))[0]).toMatch(/^\d{4}-\d{2}-\d{2}-genai-copyright\.md$/);
  });

  it('refuses a missing title and a slug that is not ASCII', async () => {
    await expect(newCommand([])).rejects.toThrow(UsageError);
    await expect(newCommand(['タイトル', '--slug', '日本語'])).rejects.toThrow(/--slug must be ASCII/);
  });
});
