import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ASSETS, SITE_ROOT } from '../helpers/site.js';
import { useTempDirs } from '../helpers/temp.js';

const tempDir = useTempDirs('cli');
const PROJECT = path.resolve(import.meta.dirname, '../..');

/** Runs the CLI as a user would, from the project folder, with a config whose cache lives in `root`. */
function cli(root: string, args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT, 'src/cli.ts'), ...args], { cwd: PROJECT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, TZ: 'UTC' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A blog folder: a config file (cache inside it), a copy of the fixture posts, an output folder path. */
function blog() {
  const root = tempDir();
  const config = path.join(root, 'site.config.ts');
  writeFileSync(config, `export default ${JSON.stringify({ title: 'AIニュース', url: 'https://news.example.jp', assetsDir: PROJECT_ASSETS, cacheDir: '.cache' })};\n`);
  const posts = path.join(root, 'posts');
  cpSync(path.join(SITE_ROOT, 'posts'), posts, { recursive: true });
  return { root, config, posts, out: path.join(root, 'dist') };
}

/** Every file under `dir` with its bytes and modification time. */
function snapshot(dir: string): Array<[string, string, number]> {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .sort()
    .filter((rel) => statSync(path.join(dir, rel)).isFile())
    .map((rel) => [rel, readFileSync(path.join(dir, rel)).toString('base64'), statSync(path.join(dir, rel)).mtimeMs]);
}

describe('kotoba build when nothing changed', () => {
  const build = (site: ReturnType<typeof blog>) => cli(site.root, ['build', '--config', site.config, '--posts', site.posts, '--out', site.out, '--no-cards', '--no-search']);

  it('reports the last build’s warnings and writes nothing; a changed post or a removed output file builds again', () => {
    const site = blog();
    const first = build(site);
    expect(first.code).toBe(0);
    const before = snapshot(site.out);

    const again = build(site);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/nothing changed since the last build/);
    // The same warnings as the full build printed.
    expect(again.stderr).toBe(first.stderr);
    expect(snapshot(site.out)).toEqual(before);

    // A post edited: a real build, which writes the change.
    const post = path.join(site.posts, '2026-02-14-eu-ai-act.md');
    writeFileSync(post, `${readFileSync(post, 'utf8')}\n追記です。\n`);
    const edited = build(site);
    expect(edited.stdout).not.toMatch(/nothing changed/);
    expect(edited.stdout).toMatch(/[1-9]\d* written/);

    // An output file removed by hand: built again and put back.
    const page = path.join(site.out, 'index.html');
    rmSync(page);
    const repaired = build(site);
    expect(repaired.stdout).not.toMatch(/nothing changed/);
    expect(existsSync(page)).toBe(true);
    expect(build(site).stdout).toMatch(/nothing changed/);
  });
});

describe('kotoba build (CLI)', () => {
  let site: ReturnType<typeof blog>;
  let first: ReturnType<typeof cli>;

  beforeAll(() => {
    site = blog();
    first = cli(site.root, ['build', '--config', site.config, '--posts', site.posts, '--out', site.out, '--no-cards']);
  });

  it('exits 0 and writes the site for a good blog', () => {
    expect(first.stderr).not.toMatch(/error/i);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Built 8 posts/m);
    expect(existsSync(path.join(site.out, 'index.html'))).toBe(true);
    expect(existsSync(path.join(site.out, '2026/03/10/生成AIと著作権/index.html'))).toBe(true);
  });

  it('exits 1 when a post has an error, names it, and leaves the previous output exactly as it was', () => {
    writeFileSync(path.join(site.out, 'marker.txt'), 'written by hand before the failing build');
    const before = snapshot(site.out);
    writeFileSync(path.join(site.posts, '2026-11-20-broken.md'), '---\ntitle: 壊れた記事\ndate: 2025-02-30 10:00:00 +0900\n---\n本文\n');
    const r = cli(site.root, ['build', '--config', site.config, '--posts', site.posts, '--out', site.out, '--no-cards']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('2026-11-20-broken.md');
    expect(r.stderr).toMatch(/3:7\s+error/);
    expect(snapshot(site.out)).toEqual(before);
    expect(readFileSync(path.join(site.out, 'marker.txt'), 'utf8')).toBe('written by hand before the failing build');
  });

  it('exits 2 on an unknown flag and writes nothing', () => {
    const { root, config, posts, out } = blog();
    const r = cli(root, ['build', '--config', config, '--posts', posts, '--out', out, '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bogus/);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 when asked to write to /', () => {
    const { root, config, posts } = blog();
    const r = cli(root, ['build', '--config', config, '--posts', posts, '--out', '/', '--no-cards']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Refusing to build/);
  });

  it('exits 2 when asked to write over the posts folder, and leaves the posts alone', () => {
    const { root, config, posts } = blog();
    const before = snapshot(posts);
    const r = cli(root, ['build', '--config', config, '--posts', posts, '--out', posts, '--no-cards']);
    expect(r.code).toBe(2);
    expect(snapshot(posts)).toEqual(before);
  });

  it('exits 2 on an unknown command', () => {
    expect(cli(tempDir(), ['publish']).code).toBe(2);
  });
});
