import { Parser, jaModel } from 'budoux';
import { normalizeSpace } from './graphemes.js';

let parser: Parser | undefined;

/**
 * The BudouX adapter: splits a title into phrases, the only places a line may break.
 * A phrase is further split after spaces, so Latin words and space-separated runs wrap as in CSS.
 */
export function splitPhrases(text: string): string[] {
  const clean = normalizeSpace(text);
  if (!clean) return [];
  parser ??= new Parser(jaModel);
  const out: string[] = [];
  for (const phrase of parser.parse(clean)) {
    for (const piece of phrase.split(/(?<= )/)) {
      // A space never starts a line: it stays at the end of the phrase before it.
      if (piece === ' ' && out.length > 0) out[out.length - 1] += piece;
      else if (piece) out.push(piece);
    }
  }
  return out;
}
