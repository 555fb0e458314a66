import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProgress } from '../../src/og/progress.js';

function sink(isTTY: boolean): { isTTY: boolean; text: string; write(t: string): void } {
  return { isTTY, text: '', write(t) { this.text += t; } };
}

afterEach(() => vi.unstubAllEnvs());

describe('createProgress', () => {
  it('redraws one bar line on a terminal', () => {
    vi.stubEnv('CI', '');
    const out = sink(true);
    const progress = createProgress(3, true, out);
    for (let i = 0; i < 3; i++) progress.tick();
    progress.done();
    expect(out.text).toContain('\r');
    expect(out.text).toContain('3/3');
    expect(out.text.trimEnd().split('\n')).toHaveLength(1);
  });

  it('writes a few plain lines in CI', () => {
    vi.stubEnv('CI', 'true');
    const out = sink(true);
    const progress = createProgress(1000, true, out);
    for (let i = 0; i < 1000; i++) progress.tick();
    progress.done();
    expect(out.text).not.toContain('\r');
    expect(out.text.trimEnd().split('\n').length).toBeLessThanOrEqual(12);
    expect(out.text).toMatch(/rendered 1000/);
  });

  it('stays silent when disabled', () => {
    const out = sink(false);
    const progress = createProgress(5, false, out);
    progress.tick();
    progress.done();
    expect(out.text).toBe('');
  });
});
