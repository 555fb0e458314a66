import { createRequire } from 'node:module';
import type { Harfbuzz } from 'harfbuzzjs';

// harfbuzzjs is CommonJS whose exports *are* a promise; `require` gets it the same way under
// Node, tsx and vitest, where an ESM default import is wrapped differently.
const harfbuzz = createRequire(import.meta.url)('harfbuzzjs') as Promise<Harfbuzz>;

/** Text measurement and glyph coverage of one font, the same shaping satori uses (HarfBuzz). */
export interface TextShaper {
  /** Advance width of `text` at font size 1 (em units), kerning included. */
  advance(text: string): number;
  /** True when the font maps this code point to a glyph. */
  covers(codePoint: number): boolean;
}

/**
 * The HarfBuzz adapter: loads a font once and measures text with it.
 * satori 0.63 shapes with HarfBuzz too, so widths match what it lays out (to its pixel rounding).
 */
export async function createTextShaper(fontData: Uint8Array): Promise<TextShaper> {
  const hb = await harfbuzz;
  const face = hb.createFace(hb.createBlob(fontData), 0);
  const font = hb.createFont(face);
  const upem = face.upem;
  let coverage: Set<number> | undefined;
  return {
    advance(text) {
      if (!text) return 0;
      const buffer = hb.createBuffer();
      try {
        buffer.addText(text);
        buffer.guessSegmentProperties();
        hb.shape(font, buffer);
        let units = 0;
        for (const glyph of buffer.json()) units += glyph.ax;
        return units / upem;
      } finally {
        buffer.destroy();
      }
    },
    covers(codePoint) {
      // Built on first use: the main thread only needs coverage, workers only need advances.
      coverage ??= new Set(face.collectUnicodes());
      return coverage.has(codePoint);
    },
  };
}
