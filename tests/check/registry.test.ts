import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as check from '../../src/check/index.js';
import { rules } from '../../src/check/rules/index.js';

const readme = readFileSync(path.resolve(import.meta.dirname, '../../src/check/README.md'), 'utf8');

describe('rule registry', () => {
  it('gives every rule a unique kebab-case id', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it('marks a rule fixable exactly when it has a fix', () => {
    for (const r of rules) expect(Boolean(r.fixable), r.id).toBe(typeof r.fix === 'function');
  });

  it('documents every rule in the README with its level and whether it is fixable', () => {
    for (const r of rules) {
      const section = readme.split(/^### /m).find((s) => s.startsWith(`\`${r.id}\``));
      expect(section, r.id).toBeDefined();
      expect(section).toContain(`Default level: ${r.defaultLevel}`);
      expect(section).toContain(r.fixable ? 'Fixable: yes' : 'Fixable: no');
    }
  });

  it('keeps the public exports of src/check stable', () => {
    expect(Object.keys(check).sort()).toEqual(['checkContext', 'checkPosts', 'createSiteContext', 'fixPosts', 'ruleLevel', 'rules', 'unknownRuleLevels']);
  });
});
