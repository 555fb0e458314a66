import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorDiagnostic } from '../../src/dev/error-diagnostic.js';

const templates = path.resolve(import.meta.dirname, '../../templates');

describe('errorDiagnostic', () => {
  it('points at the template line an exception was thrown from, past library frames', () => {
    const e = new TypeError("Cannot read properties of undefined (reading 'name')");
    e.stack = [
      `TypeError: ${e.message}`,
      '    at renderToString (/work/main/node_modules/preact-render-to-string/dist/index.mjs:1:2345)',
      `    at PostPage (file://${templates}/post.tsx?tsx-namespace=1:42:17)`,
      `    at Object.render (${path.resolve(templates, '../src/pages/post-pages.ts')}:40:9)`,
    ].join('\n');
    expect(errorDiagnostic(e, 'posts/x.md', 'template-error', 'Page /x/ could not be rendered', 'Fix it.')).toMatchObject({
      file: 'templates/post.tsx',
      line: 42,
      column: 17,
      severity: 'error',
      ruleId: 'template-error',
    });
  });

  it("points at an esbuild syntax error's place", () => {
    const e = new Error(`Transform failed with 1 error:\n${templates}/layout.tsx:12:5: ERROR: Expected ">" but found "}"`);
    expect(errorDiagnostic(e, 'templates', 'build-thread', 'The build could not run', 'Fix it.')).toMatchObject({ file: 'templates/layout.tsx', line: 12, column: 5 });
  });

  it('names the fallback file when nothing in the stack is ours', () => {
    expect(errorDiagnostic('boom', 'posts/x.md', 'template-error', 'Page /x/ could not be rendered', 'Fix it.')).toEqual({
      file: 'posts/x.md',
      severity: 'error',
      ruleId: 'template-error',
      message: 'Page /x/ could not be rendered',
      note: 'Fix it.',
    });
  });
});
