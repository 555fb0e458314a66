import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unsafeOutDir } from '../../src/write/guard-out-dir.js';
import { testConfig } from '../helpers/config.js';
import { useTempDirs } from '../helpers/temp.js';

const tempDir = useTempDirs('guard');

/** Why writing to `outDir` is refused for a project at a temporary root, or null. */
function refusal(outDir: (root: string) => string): string | null {
  const root = tempDir();
  return unsafeOutDir(testConfig({}, { postsDir: path.join(root, 'posts'), outDir: outDir(root) }, root));
}

describe('unsafeOutDir', () => {
  it('allows dist/ inside the project', () => {
    expect(refusal((root) => path.join(root, 'dist'))).toBeNull();
  });

  it('refuses the root of the file system', () => {
    expect(refusal(() => path.parse(process.cwd()).root)).toMatch(/root of the file system/);
  });

  it('refuses the home folder', () => {
    expect(refusal(() => os.homedir())).toMatch(/home folder/);
  });

  it('refuses the project root', () => {
    expect(refusal((root) => root)).toMatch(/project folder/);
  });

  it('refuses a parent of the project root', () => {
    expect(refusal((root) => path.dirname(root))).toMatch(/project folder or contains it/);
  });

  it('refuses the posts folder', () => {
    expect(refusal((root) => path.join(root, 'posts'))).toMatch(/overlaps the posts folder/);
  });

  it('refuses a folder inside the posts folder', () => {
    expect(refusal((root) => path.join(root, 'posts', 'out'))).toMatch(/overlaps the posts folder/);
  });

  it('refuses the assets, templates and cache folders', () => {
    expect(refusal((root) => path.join(root, 'assets'))).toMatch(/assets folder/);
    expect(refusal((root) => path.join(root, 'templates'))).toMatch(/templates folder/);
    expect(refusal((root) => path.join(root, '.cache'))).toMatch(/cache folder/);
  });

  it('refuses the working folder the build runs from', () => {
    expect(refusal(() => process.cwd())).toMatch(/project folder or contains it/);
  });
});
