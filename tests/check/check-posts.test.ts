import { describe, expect, it } from 'vitest';
import { checkPosts, createSiteContext, ruleLevel, unknownRuleLevels } from '../../src/check/index.js';
import { rules } from '../../src/check/rules/index.js';
import type { Rule } from '../../src/check/types.js';
import { loadFixture, testConfig } from './helpers.js';

const MARKER_POST = 'generation-marker/2025-12-03-bad.md';

function run(rel: string, levels: Record<string, 'off' | 'warning' | 'error'> = {}, options: Parameters<typeof checkPosts>[2] = {}) {
  const config = testConfig(levels);
  const { post, text } = loadFixture(rel, config);
  return checkPosts([post], createSiteContext([post], config), { readSource: () => text, ...options });
}

describe('checkPosts', () => {
  it('reports a rule at its default level', () => {
    const found = run(MARKER_POST).filter((d) => d.ruleId === 'generation-marker');
    expect(found.map((d) => d.severity)).toEqual(['error', 'error', 'error']);
  });

  it('uses the level set in check.rules', () => {
    const found = run(MARKER_POST, { 'generation-marker': 'warning' }).filter((d) => d.ruleId === 'generation-marker');
    expect(found.map((d) => d.severity)).toEqual(['warning', 'warning', 'warning']);
  });

  it('skips a rule set to off', () => {
    expect(run(MARKER_POST, { 'generation-marker': 'off' }).some((d) => d.ruleId === 'generation-marker')).toBe(false);
  });

  it('turns every error into a warning for build and dev', () => {
    const found = run(MARKER_POST, {}, { asWarnings: true });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('reports a crashing rule as a warning and still runs the others', () => {
    const broken: Rule = {
      id: 'broken',
      description: 'always throws',
      defaultLevel: 'error',
      check: () => {
        throw new Error('boom');
      },
    };
    const marker = rules.find((r) => r.id === 'generation-marker') as Rule;
    const found = run(MARKER_POST, {}, { rules: [broken, marker] });
    expect(found.filter((d) => d.ruleId === 'broken')).toMatchObject([{ severity: 'warning', message: expect.stringContaining('boom') }]);
    expect(found.filter((d) => d.ruleId === 'generation-marker')).toHaveLength(3);
  });

  it('checks a post whose file cannot be read, with body lines still right', () => {
    const found = run(MARKER_POST, {}, { readSource: () => null }).filter((d) => d.ruleId === 'generation-marker');
    expect(found.map((d) => d.line)).toEqual([8, 12, 14]);
  });
});

describe('ruleLevel', () => {
  it('prefers the config over the default', () => {
    const marker = rules.find((r) => r.id === 'generation-marker') as Rule;
    expect(ruleLevel(marker, {})).toBe('error');
    expect(ruleLevel(marker, { 'generation-marker': 'off' })).toBe('off');
  });
});

describe('unknownRuleLevels', () => {
  it('warns about a rule id that does not exist, naming the config file', () => {
    expect(unknownRuleLevels({ 'generation-markr': 'off', 'tab-table': 'error' }, 'site.config.ts')).toMatchObject([
      { file: 'site.config.ts', severity: 'warning', ruleId: 'check-config', message: expect.stringContaining('"generation-markr"') },
    ]);
  });
});
