import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/command.js';
import type { ResolvedConfig } from '../../src/config/types.js';
import { testConfig } from './helpers.js';

let dir: string;
let config: ResolvedConfig;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'check-cmd-'));
  config = { ...testConfig(), postsDir: dir };
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const post = (name: string, body: string, extra = '') =>
  writeFileSync(path.join(dir, name), `---\ntitle: "検索と生成AI"\ndate: 2025-12-03 09:00:00 +0900\n${extra}---\n\n${body}\n`);

describe('runCheck', () => {
  it('exits 0 and says so when every post is clean', async () => {
    post('2025-12-03-ok.md', '検索エンジンに生成AIが組み込まれ、答えを直接返す形が広がっています。');
    const r = await runCheck({ config, strict: true, format: 'text', fix: false });
    expect(r).toEqual({ exitCode: 0, output: '✔ 1 post checked: no problems found' });
  });

  it('exits 0 on warnings alone, and 1 with --strict', async () => {
    post('2025-12-03-warn.md', '検索エンジンに生成AIが組み込まれ、答えを直接返す形が広がっています。', 'reading_time: 20\n');
    expect((await runCheck({ config, strict: false, format: 'text', fix: false })).exitCode).toBe(0);
    expect((await runCheck({ config, strict: true, format: 'text', fix: false })).exitCode).toBe(1);
  });

  it('exits 1 on an error and prints file, line, column and rule id', async () => {
    post('2025-12-03-err.md', '本文です。\n\n---END---');
    const r = await runCheck({ config, strict: false, format: 'text', fix: false });
    expect(r.exitCode).toBe(1);
    expect(r.output).toContain('2025-12-03-err.md');
    expect(r.output).toMatch(/ {2}8:1 +error +Generation marker "---END---" is left in the text {2}generation-marker/);
  });

  it('includes what the loader reports, such as a file without front matter', async () => {
    writeFileSync(path.join(dir, '2025-12-03-bare.md'), '# 見出しだけの記事\n\n本文です。\n');
    const r = await runCheck({ config, strict: false, format: 'json', fix: false });
    const report = JSON.parse(r.output) as { diagnostics: Array<{ ruleId: string }> };
    expect(report.diagnostics.map((d) => d.ruleId)).toContain('front-matter-missing');
  });

  it('checks a post that is front matter only, with positions in the front matter', async () => {
    writeFileSync(path.join(dir, '2025-12-03-empty.md'), '---\ntitle: "本文のない記事"\ndate: 2025-12-03 09:00:00 +0900\nreading_time: 5\n---');
    const r = await runCheck({ config, strict: false, format: 'json', fix: false });
    expect(JSON.parse(r.output)).toMatchObject({ diagnostics: [{ line: 4, column: 15, ruleId: 'reading-time' }] });
  });

  it('prints JSON with counts, sorted diagnostics and fixes', async () => {
    post('2025-12-03-json.md', '本文です。\n\n---END---');
    const r = await runCheck({ config, strict: false, format: 'json', fix: false });
    expect(JSON.parse(r.output)).toMatchObject({
      posts: 1,
      errors: 1,
      warnings: 0,
      diagnostics: [{ line: 8, column: 1, severity: 'error', ruleId: 'generation-marker' }],
      fixes: [],
    });
  });

  it('with --fix, reports the changes and then only what is left', async () => {
    post('2025-12-03-fix.md', '本文です。\n\n---END---');
    const r = await runCheck({ config, strict: false, format: 'text', fix: true });
    expect(r.output).toMatch(/^fixed .*2025-12-03-fix\.md \(original kept as .*2025-12-03-fix\.md\.orig\)/);
    expect(r.output).toContain('removed the marker "---END---" (line 8)');
    expect(r.output).toContain('no problems found');
    expect(r.exitCode).toBe(0);
  });
});
