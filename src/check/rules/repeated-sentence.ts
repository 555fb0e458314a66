import type { Heading, Paragraph } from 'mdast';
import { visit } from 'unist-util-visit';
import { topLevelBlocks } from '../util/blocks.js';
import { postRepeats } from '../util/find-repeats.js';
import { head, normalizeForCompare, plainText } from '../util/text.js';
import type { Finding, Rule } from '../types.js';

// Shorter sentences recur naturally ("その背景には何があるのでしょうか。").
const MIN_SENTENCE = 30;
// A sentence ends at 。！？!? and any closing brackets right after it.
const SENTENCE_END = /(?<=[。！？!?][」』）)]*)(?![」』）)])/u;

/**
 * A long sentence written twice in different paragraphs (list items included): a drafting
 * tool going round in a loop. Blocks that repeated-block reports as whole copies are left out.
 */
export const repeatedSentence: Rule = {
  id: 'repeated-sentence',
  description: 'A long sentence (30+ characters) that appears twice in different paragraphs.',
  defaultLevel: 'warning',
  check(ctx) {
    const copies = new Set(postRepeats(ctx).map((r) => r.block.index));
    const seen = new Map<string, number>();
    const findings: Finding[] = [];
    for (const block of topLevelBlocks(ctx)) {
      if (block.marker || copies.has(block.index) || block.node.type === 'code' || block.node.type === 'table') continue;
      const leaves: Array<Paragraph | Heading> = [];
      visit(block.node, (n) => {
        if (n.type === 'paragraph' || n.type === 'heading') leaves.push(n);
      });
      for (const leaf of leaves) {
        const start = leaf.position?.start ?? { line: block.startLine, column: 1, offset: block.start };
        const end = leaf.position?.end.offset ?? block.end;
        for (const sentence of plainText(leaf).split(SENTENCE_END)) {
          const key = normalizeForCompare(sentence);
          if ([...key].length < MIN_SENTENCE) continue;
          const firstLine = seen.get(key);
          if (firstLine === undefined) {
            seen.set(key, start.line);
            continue;
          }
          if (firstLine === start.line) continue;
          const raw = sentence.trim();
          const at = ctx.source.indexOf(raw, start.offset ?? 0);
          findings.push({
            // A sentence with inline markup is not found verbatim: point at its paragraph.
            position: at >= 0 && at < end ? ctx.positionAt(at) : { line: start.line, column: start.column },
            message: `This sentence already appears at line ${firstLine}: "${head(raw, 25)}"`,
            note: 'Keep it once: delete or rewrite the second occurrence.',
          });
        }
      }
    }
    return findings;
  },
};
