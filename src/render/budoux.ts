// BudouX's Japanese model alone. `import { jaModel } from 'budoux'` would also load its HTML
// processor and linkedom (~0.35 s in every process and render thread); the package's exports
// do not list the model file, so it is imported by its URL beside the package's entry.
const { model: jaModel } = (await import(new URL('./data/models/ja.js', import.meta.resolve('budoux')).href)) as { model: Model };

/**
 * The BudouX adapter: phrase boundaries of Japanese text, for `<wbr>` in HTML and phrase
 * boxes on OG cards.
 *
 * It runs BudouX's own Japanese model with BudouX's own scoring, but looks n-grams up in
 * typed arrays indexed by character ids instead of building 13 substrings per character:
 * the model knows only a few hundred characters, so unigram and bigram tables are small
 * arrays and trigrams a Map with small-integer keys. Same boundaries (a test compares it
 * with `budoux`'s Parser), several times faster, which matters at thousands of posts.
 */
type Model = Record<string, Record<string, number>>;

const FEATURES = ['UW1', 'UW2', 'UW3', 'UW4', 'UW5', 'UW6', 'BW1', 'BW2', 'BW3', 'TW1', 'TW2', 'TW3', 'TW4'] as const;
// [start, end) of each feature's n-gram relative to the candidate boundary i, as BudouX slices them.
const WINDOWS: ReadonlyArray<readonly [number, number]> = [
  [-3, -2], [-2, -1], [-1, 0], [0, 1], [1, 2], [2, 3],
  [-2, 0], [-1, 1], [0, 2],
  [-3, 0], [-2, 1], [-1, 2], [0, 3],
];

class ArrayParser {
  /** Character code → id (1…V); 0 for characters the model never mentions. */
  private readonly ids = new Uint16Array(65536);
  private readonly width: number;
  private readonly uni: Float64Array[];
  private readonly bi: Float64Array[];
  private readonly tri: Map<number, number>[];
  /** The model as BudouX holds it, for the few positions near the ends where its substrings are clamped. */
  private readonly byString: Map<string, number>[];
  private readonly baseScore: number;

  constructor(model: Model) {
    let total = 0;
    let next = 1;
    for (const name of FEATURES) {
      for (const [gram, score] of Object.entries(model[name] ?? {})) {
        total += score;
        for (let j = 0; j < gram.length; j++) {
          const c = gram.charCodeAt(j);
          if (this.ids[c] === 0) this.ids[c] = next++;
        }
      }
    }
    this.baseScore = -0.5 * total;
    const w = (this.width = next);
    const id = (s: string, j: number) => this.ids[s.charCodeAt(j)] as number;
    const table = (name: string) => Object.entries(model[name] ?? {});
    this.uni = FEATURES.slice(0, 6).map((name) => {
      const t = new Float64Array(w);
      for (const [g, s] of table(name)) if (g.length === 1) t[id(g, 0)] = s;
      return t;
    });
    this.bi = FEATURES.slice(6, 9).map((name) => {
      const t = new Float64Array(w * w);
      for (const [g, s] of table(name)) if (g.length === 2) t[id(g, 0) * w + id(g, 1)] = s;
      return t;
    });
    this.tri = FEATURES.slice(9).map((name) => {
      const t = new Map<number, number>();
      for (const [g, s] of table(name)) if (g.length === 3) t.set((id(g, 0) * w + id(g, 1)) * w + id(g, 2), s);
      return t;
    });
    this.byString = FEATURES.map((name) => new Map(table(name)));
  }

  /** Same result as BudouX's `Parser.parseBoundaries`. */
  parseBoundaries(sentence: string): number[] {
    const n = sentence.length;
    const w = this.width;
    const d = new Uint16Array(n);
    for (let j = 0; j < n; j++) d[j] = this.ids[sentence.charCodeAt(j)] as number;
    const [u1, u2, u3, u4, u5, u6] = this.uni as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
    const [b1, b2, b3] = this.bi as [Float64Array, Float64Array, Float64Array];
    const result: number[] = [];
    for (let i = 1; i < n; i++) {
      if (i < 3 || i + 3 > n) {
        if (this.edgeScore(sentence, i) > 0) result.push(i);
        continue;
      }
      const a = d[i - 3] as number, b = d[i - 2] as number, c = d[i - 1] as number;
      const e = d[i] as number, f = d[i + 1] as number, g = d[i + 2] as number;
      let score =
        this.baseScore +
        (u1[a] as number) + (u2[b] as number) + (u3[c] as number) + (u4[e] as number) + (u5[f] as number) + (u6[g] as number) +
        (b1[b * w + c] as number) + (b2[c * w + e] as number) + (b3[e * w + f] as number);
      // A trigram with a character the model does not know cannot match: skip the lookup.
      if (a && b && c) score += this.tri[0]?.get((a * w + b) * w + c) ?? 0;
      if (b && c && e) score += this.tri[1]?.get((b * w + c) * w + e) ?? 0;
      if (c && e && f) score += this.tri[2]?.get((c * w + e) * w + f) ?? 0;
      if (e && f && g) score += this.tri[3]?.get((e * w + f) * w + g) ?? 0;
      if (score > 0) result.push(i);
    }
    return result;
  }

  /** BudouX's own scoring, substrings and all, near the ends of the text. */
  private edgeScore(sentence: string, i: number): number {
    let score = this.baseScore;
    WINDOWS.forEach(([from, to], f) => {
      score += this.byString[f]?.get(sentence.substring(i + from, i + to)) ?? 0;
    });
    return score;
  }
}

let parser: ArrayParser | null = null;

/** BudouX's raw boundaries (indices where a new phrase starts). */
export function budouxBoundaries(text: string): number[] {
  parser ??= new ArrayParser(jaModel as Model);
  return parser.parseBoundaries(text);
}

const SPACE = /\s/;
// Japanese line-breaking rules (kinsoku): these never start a line, so never break before them.
const NO_LINE_START = /^[、。，．・：；？！゛゜ー〜～）〕］｝〉》」』】〙〗〟’”｠»ヽヾゝゞ々ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ)\]}:;,.!?%]$/;
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
    if (NO_LINE_START.test(text[i] ?? '')) return false;
    // Never split a surrogate pair (emoji, rare kanji).
    return !(after >= 0xdc00 && after <= 0xdfff);
  });
}

// Titles are phrased on every list that shows them: remember the last few thousand (bounded).
const phraseCache = new Map<string, string[]>();

/** Splits text into phrases at `phraseBoundaries`. */
export function phrases(text: string): string[] {
  const hit = phraseCache.get(text);
  if (hit) return hit;
  const out = splitPhrases(text);
  if (phraseCache.size > 20_000) phraseCache.clear();
  phraseCache.set(text, out);
  return out;
}

function splitPhrases(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const b of phraseBoundaries(text)) {
    out.push(text.slice(start, b));
    start = b;
  }
  out.push(text.slice(start));
  return out.filter((p) => p.length > 0);
}
