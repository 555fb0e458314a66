/** The small part of harfbuzzjs (no bundled types) that `text-shaper.ts` uses. */
declare module 'harfbuzzjs' {
  export interface HbBlob {
    destroy(): void;
  }
  export interface HbFace {
    upem: number;
    collectUnicodes(): Uint32Array;
    destroy(): void;
  }
  export interface HbFont {
    destroy(): void;
  }
  export interface HbGlyph {
    /** Glyph id; 0 is .notdef. */
    g: number;
    /** Advance width in font units. */
    ax: number;
  }
  export interface HbBuffer {
    addText(text: string): void;
    guessSegmentProperties(): void;
    json(): HbGlyph[];
    destroy(): void;
  }
  export interface Harfbuzz {
    createBlob(data: ArrayBuffer | Uint8Array): HbBlob;
    createFace(blob: HbBlob, index: number): HbFace;
    createFont(face: HbFace): HbFont;
    createBuffer(): HbBuffer;
    shape(font: HbFont, buffer: HbBuffer, features?: string): void;
  }
  /** `module.exports` is a promise of the API (loaded with `require`, see text-shaper.ts). */
  const harfbuzz: Promise<Harfbuzz>;
  export = harfbuzz;
}
