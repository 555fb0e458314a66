import { jaModel } from 'budoux';

/**
 * The BudouX adapter: phrase boundaries of Japanese text, for `<wbr>` in HTML and phrase
 * boxes on OG cards.
 *
 * It runs BudouX's own Japanese model with BudouX's own scoring, but looks n-grams up by
 * numeric keys instead of building 13 substrings per character: the same boundaries
 * (a test compares it with `budoux`'s Parser) at a fraction of the cost, which matters at
 * thousands of posts.
 */
type Model = Record<string, Record<string, number>>;

const FEATURES = ['UW1', 'UW2', 'UW3', 'UW4', 'UW5', 'UW6', 'BW1', 'BW2', 'BW3', 'TW1', 'TW2', 'TW3', 'TW4'] as const;
// [start, end) of each feature's n-gram relative to the candidate boundary i, as BudouX slices them.
const WINDOWS: ReadonlyArray<readonly [number, number]> = [
  [-3, -2], [-2, -1], [-1, 0], [0, 1], [1, 2], [2, 3],
  [-2, 0], [-1, 1], [0, 2],
  [-3, 0], [-2, 1], [-1, 2], [0, 3],
];

/** Encodes up to three UTF-16 units as one exact integer (65537^3 < 2^53); the empty string is 0. */
function encode(codes: ArrayLike<number>, start: number, end: number): number {
  let key = 0;
  for (let j = start; j < end; j++) key = key * 65537 + ((codes[j] as number) + 1);
  return key;
}

class NumericParser {
  private readonly tables: Map<number, number>[];
  private readonly baseScore: number;

  constructor(model: Model) {
    let total = 0;
    this.tables = FEATURES.map((name) => {
      const table = new Map<number, number>();
      for (const [gram, score] of Object.entries(model[name] ?? {})) {
        total += score;
        if (gram.length > 0 && gram.length <= 3) {
          const codes = Array.from(gram, (_, j) => gram.charCodeAt(j));
          table.set(encode(codes, 0, gram.length), score);
        }
      }
      return table;
    });
    this.baseScore = -0.5 * total;
  }

  /** Same result as BudouX's `Parser.parseBoundaries`. */
  parseBoundaries(sentence: string): number[] {
    const n = sentence.length;
    const u = new Float64Array(n + 2);
    for (let j = 0; j < n; j++) u[j] = sentence.charCodeAt(j) + 1;
    // Keys of every bigram and trigram starting at j, computed once instead of per feature.
    const bi = new Float64Array(n);
    const tri = new Float64Array(n);
    for (let j = 0; j + 1 < n; j++) bi[j] = (u[j] as number) * 65537 + (u[j + 1] as number);
    for (let j = 0; j + 2 < n; j++) tri[j] = (bi[j] as number) * 65537 + (u[j + 2] as number);
    const [uw1, uw2, uw3, uw4, uw5, uw6, bw1, bw2, bw3, tw1, tw2, tw3, tw4] = this.tables as [
      Map<number, number>, Map<number, number>, Map<number, number>, Map<number, number>, Map<number, number>,
      Map<number, number>, Map<number, number>, Map<number, number>, Map<number, number>, Map<number, number>,
      Map<number, number>, Map<number, number>, Map<number, number>,
    ];
    const result: number[] = [];
    for (let i = 1; i < n; i++) {
      if (i < 3 || i + 3 > n) {
        if (this.edgeScore(u, n, i) > 0) result.push(i);
        continue;
      }
      const score =
        this.baseScore +
        (uw1.get(u[i - 3] as number) ?? 0) + (uw2.get(u[i - 2] as number) ?? 0) + (uw3.get(u[i - 1] as number) ?? 0) +
        (uw4.get(u[i] as number) ?? 0) + (uw5.get(u[i + 1] as number) ?? 0) + (uw6.get(u[i + 2] as number) ?? 0) +
        (bw1.get(bi[i - 2] as number) ?? 0) + (bw2.get(bi[i - 1] as number) ?? 0) + (bw3.get(bi[i] as number) ?? 0) +
        (tw1.get(tri[i - 3] as number) ?? 0) + (tw2.get(tri[i - 2] as number) ?? 0) + (tw3.get(tri[i - 1] as number) ?? 0) +
        (tw4.get(tri[i] as number) ?? 0);
      if (score > 0) result.push(i);
    }
    return result;
  }

  /** Score near the ends of the text, where BudouX's substrings are clamped and shorter. */
  private edgeScore(u: Float64Array, n: number, i: number): number {
    let score = this.baseScore;
    for (let f = 0; f < 13; f++) {
      const w = WINDOWS[f] as readonly [number, number];
      // String.prototype.substring clamps to [0, n] and swaps reversed bounds; so do we.
      let a = Math.min(Math.max(i + w[0], 0), n);
      let b = Math.min(Math.max(i + w[1], 0), n);
      if (a > b) [a, b] = [b, a];
      if (a === b) continue;
      let key = 0;
      for (let j = a; j < b; j++) key = key * 65537 + (u[j] as number);
      score += (this.tables[f] as Map<number, number>).get(key) ?? 0;
    }
    return score;
  }
}

let parser: NumericParser | null = null;

/** BudouX's raw boundaries (indices where a new phrase starts). */
export function budouxBoundaries(text: string): number[] {
  parser ??= new NumericParser(jaModel as Model);
  return parser.parseBoundaries(text);
}

const SPACE = /\s/;
const isAscii = (code: number) => code < 0x80;

/**
 * Boundaries where a line may break: BudouX's, minus those next to white space (already a
 * break) and those between two ASCII characters (inside Latin words, numbers and URLs).
 */
export function phraseBoundaries(text: string): number[] {
  if (!/[^\x00-\x7f]/.test(text)) return [];
  return budouxBoundaries(text).filter((i) => {
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i);
    if (SPACE.test(text[i - 1] ?? '') || SPACE.test(text[i] ?? '')) return false;
    if (isAscii(before) && isAscii(after)) return false;
    // Never split a surrogate pair (emoji, rare kanji).
    return !(after >= 0xdc00 && after <= 0xdfff);
  });
}

/** Splits text into phrases at `phraseBoundaries`. */
export function phrases(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const b of phraseBoundaries(text)) {
    out.push(text.slice(start, b));
    start = b;
  }
  out.push(text.slice(start));
  return out.filter((p) => p.length > 0);
}
