import { describe, expect, it } from 'vitest';
import { generateCards } from '../../src/og/index.js';
import { isCompletePng, pngDimensions } from '../../src/og/png.js';
import { job, testConfig } from './helpers.js';

describe('isCompletePng', async () => {
  const result = await generateCards([job('PNG の検査')], { config: await testConfig(), workers: 0 });
  const png = result.files.find((f) => f.path.endsWith('.png'))?.contents;
  if (!(png instanceof Uint8Array)) throw new Error('no card rendered');

  it('accepts a whole card of the right size', () => {
    expect(isCompletePng(png, 1200, 630)).toBe(true);
    expect(pngDimensions(png)).toEqual({ width: 1200, height: 630 });
  });

  it('rejects the wrong size', () => {
    expect(isCompletePng(png, 1200, 600)).toBe(false);
  });

  it('rejects a truncated file', () => {
    expect(isCompletePng(png.subarray(0, png.length - 1), 1200, 630)).toBe(false);
    expect(isCompletePng(png.subarray(0, 20), 1200, 630)).toBe(false);
  });

  it('rejects a flipped byte inside the image data', () => {
    const bad = png.slice();
    const at = Math.floor(bad.length / 2);
    bad[at] = (bad[at] ?? 0) ^ 0x01;
    expect(isCompletePng(bad, 1200, 630)).toBe(false);
  });

  it('rejects a file that is not a PNG', () => {
    expect(isCompletePng(new TextEncoder().encode('<!doctype html>'.repeat(10)), 1200, 630)).toBe(false);
  });
});
