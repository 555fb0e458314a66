import { describe, expect, it } from 'vitest';
import { rules } from '../../src/check/rules/index.js';
import { checkFixture, places } from './helpers.js';

/** For each rule: a post that triggers it (with every expected line:column) and one that must not. */
const cases: Array<{ rule: string; bad: string; good: string; expected: string[]; says?: string }> = [
  { rule: 'generation-marker', bad: '2025-12-03-bad.md', good: '2025-12-03-good.md', expected: ['8:1', '12:3', '14:1'], says: '"---END---"' },
  { rule: 'repeated-block', bad: '2025-12-03-bad.md', good: '2025-12-03-good.md', expected: ['16:1', '24:1'], says: 'lines 16–20 repeat lines 6–10' },
  { rule: 'repeated-sentence', bad: '2025-12-03-bad.md', good: '2025-12-03-good.md', expected: ['10:15'], says: 'already appears at line 6' },
  { rule: 'unfinished-sentence', bad: '2025-12-03-bad.md', good: '2025-12-03-good.md', expected: ['6:48', '10:42', '16:41'], says: 'The section ends mid-sentence' },
  { rule: 'title-in-body', bad: '2025-12-03-bad.md', good: '2025-12-03-good.md', expected: ['6:1'], says: 'repeating the title' },
  { rule: 'setext-heading', bad: '2025-12-03-bad.md', good: '2025-12-03-good.md', expected: ['7:1', '10:1'], says: 'level-2 heading' },
  { rule: 'tab-table', bad: '2025-12-03-bad.md', good: '2025-12-03-good.md', expected: ['8:1'], says: '3 tab-separated lines (8–10, 3 columns)' },
  { rule: 'literal-emphasis', bad: '2025-12-03-bad.md', good: '2025-12-03-good.md', expected: ['8:7', '9:7', '11:7'], says: '"**" shows as literal text' },
  { rule: 'dead-internal-link', bad: '2025-12-03-bad.md', good: '2025-12-03-good.md', expected: ['10:3', '11:3', '12:3', '16:1'], says: 'Link to "/2025/12/02/target-post/"' },
  { rule: 'empty-link', bad: '2025-12-03-bad.md', good: '2025-12-03-good.md', expected: ['6:27', '8:8'], says: 'Link "発表資料" has the target "#"' },
  { rule: 'citation-marker', bad: '2025-12-03-bad.md', good: '2025-12-03-good.md', expected: ['6:33', '8:17'], says: 'point to no reference list (lines 6, 8, 10)' },
  { rule: 'missing-image', bad: '2025-12-03-bad.md', good: '2025-12-03-good.md', expected: ['9:1', '11:1'], says: 'Image "/assets/images/missing.png"' },
  { rule: 'image-alt', bad: '2025-12-03-bad.md', good: '2025-12-03-good.md', expected: ['8:1', '10:10'], says: 'has no alt text' },
  { rule: 'description-length', bad: '2025-12-03-bad.md', good: '2025-12-03-good.md', expected: ['4:10', '5:14'], says: '"excerpt" is 141 characters' },
  { rule: 'reading-time', bad: '2025-12-03-bad.md', good: '2025-12-03-good.md', expected: ['4:15'], says: 'reading_time says 12 minutes but the text takes about 1' },
  { rule: 'title-length', bad: '2025-12-03-bad.md', good: '2025-12-03-good.md', expected: ['2:8'], says: 'Title is 66 characters' },
  { rule: 'file-date-mismatch', bad: '2025-12-02-bad.md', good: '2025-12-02-good.md', expected: ['3:7'], says: 'is 2025-12-03 in Asia/Tokyo' },
  { rule: 'fullwidth-ascii', bad: '2025-12-03-bad.md', good: '2025-12-03-good.md', expected: ['2:9', '5:5', '7:5'], says: 'Tag "ＡＩ"' },
];

describe('content-check rules', () => {
  it('has a fixture case for every rule in the registry', () => {
    expect(cases.map((c) => c.rule).sort()).toEqual(rules.map((r) => r.id).sort());
  });

  for (const c of cases) {
    describe(c.rule, () => {
      it('reports each problem of its bad fixture at its line and column', () => {
        const found = checkFixture(`${c.rule}/${c.bad}`, [c.rule]);
        expect(places(found)).toEqual(c.expected);
        expect(found.every((d) => d.ruleId === c.rule && d.file === `${c.rule}/${c.bad}`)).toBe(true);
        if (c.says) expect(found.map((d) => d.message).join('\n')).toContain(c.says);
      });

      it('says what to do about every problem', () => {
        for (const d of checkFixture(`${c.rule}/${c.bad}`, [c.rule])) expect(d.note?.length ?? 0).toBeGreaterThan(10);
      });

      it('says nothing about its good fixture, with every rule on', () => {
        expect(checkFixture(`${c.rule}/${c.good}`)).toEqual([]);
      });
    });
  }

  it('finds nothing at all in a clean, well-formed post', () => {
    expect(checkFixture('clean/2025-12-03-clean.md')).toEqual([]);
  });
});
