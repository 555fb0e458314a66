import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/report/diagnostic.js';
import { render } from '../helpers/render.js';

/**
 * Fixture folders: `tests/fixtures/render/<case>/input.md` rendered as a post body must give
 * `output.html`, and the messages in `messages.txt` (no file: no messages).
 * Re-bless after an intended change with `UPDATE=1 npx vitest run tests/render/fixtures.test.ts`,
 * then read the diff.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/render');
const UPDATE = process.env.UPDATE === '1';

const formatMessage = (d: Diagnostic) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`;

describe('render fixtures', () => {
  const cases = readdirSync(FIXTURES, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();

  it('has fixture folders to run', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  for (const name of cases) {
    it(`renders ${name}/input.md as ${name}/output.html`, () => {
      const dir = path.join(FIXTURES, name);
      const input = readFileSync(path.join(dir, 'input.md'), 'utf8');
      const result = render(input, { file: `${name}/input.md` });
      const messages = result.diagnostics.map(formatMessage).join('\n');
      const outputFile = path.join(dir, 'output.html');
      const messagesFile = path.join(dir, 'messages.txt');
      if (UPDATE) {
        writeFileSync(outputFile, result.html);
        if (messages) writeFileSync(messagesFile, messages + '\n');
        else rmSync(messagesFile, { force: true });
      }
      expect(existsSync(outputFile), `${name}/output.html is missing: run with UPDATE=1 and review it`).toBe(true);
      expect(result.html).toBe(readFileSync(outputFile, 'utf8'));
      expect(messages).toBe(existsSync(messagesFile) ? readFileSync(messagesFile, 'utf8').trimEnd() : '');
    });
  }
});
