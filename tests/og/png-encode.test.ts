import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isCompletePng, pngDimensions } from '../../src/og/png.js';
import { encodePng, isOpaque } from '../../src/og/png-encode.js';

/** A 3×2 opaque RGBA image with distinct pixels. */
const pixels = Uint8Array.from({ length: 3 * 2 * 4 }, (_, i) => (i % 4 === 3 ? 255 : i * 10));

describe('encodePng', () => {
  it('writes a complete PNG whose header states the size', () => {
    const png = encodePng(pixels, 3, 2);
    expect(isCompletePng(png, 3, 2)).toBe(true);
    expect(pngDimensions(png)).toEqual({ width: 3, height: 2 });
  });

  it('stores every row unfiltered, so the pixels come back unchanged', () => {
    const png = encodePng(pixels, 3, 2);
    const view = new DataView(png.buffer, png.byteOffset);
    const idatLength = view.getUint32(33);
    expect(String.fromCharCode(...png.subarray(37, 41))).toBe('IDAT');
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    expect([raw[0], raw[13]]).toEqual([0, 0]);
    expect(Uint8Array.from([...raw.subarray(1, 13), ...raw.subarray(14, 26)])).toEqual(pixels);
  });

  it('gives the same bytes for the same pixels', () => {
    expect(encodePng(pixels, 3, 2)).toEqual(encodePng(pixels.slice(), 3, 2));
  });
});

describe('isOpaque', () => {
  it('is true only when every alpha is 255', () => {
    expect(isOpaque(pixels)).toBe(true);
    const seeThrough = pixels.slice();
    seeThrough[7] = 128;
    expect(isOpaque(seeThrough)).toBe(false);
  });
});
