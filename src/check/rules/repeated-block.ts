import { lineRange, topLevelBlocks, type Block } from '../util/blocks.js';
import { postRepeats, type Repeat } from '../util/find-repeats.js';
import { head } from '../util/text.js';
import type { Finding, Rule } from '../types.js';

// A run of repeats shorter than this (in compared characters) is not reported: "まとめ" twice is fine…
const MIN_RUN = 20;
// …unless it holds a heading this long: short headings ("メリット") may recur, longer ones should not.
const MIN_HEADING = 6;

const kindOf = (b: Block): string => (b.node.type === 'heading' ? 'heading' : b.node.type === 'paragraph' ? 'paragraph' : b.node.type);

/** A repeat with its original traced back to the first occurrence (a copy of a copy points at the source). */
interface Traced extends Repeat {
  first: Block;
  last: Block;
}

/**
 * Groups repeats of consecutive blocks into runs, one per repeated passage: a run goes on while
 * the next block is a repeat too and its original follows the previous one's original.
 */
function runs(blocks: readonly Block[], repeats: readonly Repeat[]): Traced[][] {
  const byIndex = new Map(repeats.map((r) => [r.block.index, r]));
  const root = (b: Block): Block => {
    let cur = b;
    for (let r = byIndex.get(cur.index); r; r = byIndex.get(cur.index)) cur = r.from;
    return cur;
  };
  const between = (a: Block, b: Block) => blocks.slice(a.index + 1, b.index).every((x) => x.node.type === 'thematicBreak');
  const out: Traced[][] = [];
  for (const r of repeats) {
    const t: Traced = { ...r, first: root(r.from), last: root(r.to) };
    const run = out[out.length - 1];
    const prev = run?.[run.length - 1];
    const follows = prev && t.first.index >= prev.last.index - 1 && t.first.index <= prev.last.index + 3;
    if (run && prev && follows && between(prev.block, t.block)) run.push(t);
    else out.push([t]);
  }
  return out;
}

function describe(run: Traced[]): Finding {
  const first = run[0] as Traced;
  const last = run[run.length - 1] as Traced;
  const exact = run.every((r) => r.exact);
  const from = Math.min(...run.map((r) => r.first.startLine));
  const to = Math.max(...run.map((r) => r.last.endLine));
  const original = lineRange(from, to);
  const quote = `("${head(first.block.text)}")`;
  const message =
    run.length === 1 && first.first === first.last
      ? `This ${kindOf(first.block)} ${exact ? 'repeats' : 'nearly repeats'} the ${kindOf(first.first)} at line ${first.first.startLine} ${quote}`
      : run.length === 1
        ? `This ${kindOf(first.block)} ${exact ? 'repeats' : 'nearly repeats'} ${original} ${quote}`
        : `${lineRange(first.block.startLine, last.block.endLine)} ${exact ? 'repeat' : 'nearly repeat'} ${original} ${quote}`;
  return {
    position: { line: first.block.startLine, column: first.block.node.position?.start.column ?? 1 },
    message,
    note: `Keep the first occurrence (${original}) and delete this repetition, a drafting leftover; after a marker such as ---END---, \`check --fix\` removes exact repeats.`,
  };
}

/** A paragraph, heading or whole section that appears twice in one post. */
export const repeatedBlock: Rule = {
  id: 'repeated-block',
  description: 'A paragraph, heading or section repeated within the post (exactly, truncated, or nearly).',
  defaultLevel: 'error',
  check(ctx) {
    const blocks = topLevelBlocks(ctx);
    return runs(blocks, postRepeats(ctx))
      .filter((run) => {
        const size = run.reduce((n, r) => n + r.block.text.length, 0);
        const longHeading = run.some((r) => r.block.node.type === 'heading' && r.block.text.length >= MIN_HEADING);
        return size >= MIN_RUN || longHeading;
      })
      .map(describe);
  },
};
