import type { RuleContext } from '../types.js';
import { topLevelBlocks, type Block } from './blocks.js';

/** A block found again: which earlier blocks (`from`…`to`) it repeats, exactly or nearly. */
export interface Repeat {
  block: Block;
  from: Block;
  to: Block;
  exact: boolean;
}

// Below these sizes a repeat is too likely to be a coincidence ("まとめ", a short list item).
const MIN_CONTAINED = 30;
const MIN_NEAR = 40;
const SHINGLE = 5;
const NEAR_RATIO = 0.8;

// A shingle found in more earlier blocks than this is boilerplate ("しています。"), not evidence.
const COMMON = 16;

/**
 * The block's 5-character shingles, each as a 32-bit hash of its UTF-16 code units rather than
 * a substring: no string is built per character. Two shingles sharing a hash (about one pair in
 * four billion) would only nudge a near-repeat score.
 */
function shingles(text: string): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= text.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + SHINGLE; j++) h = Math.imul(h ^ text.charCodeAt(j), 0x01000193);
    out.add(h);
  }
  return out;
}

/**
 * Finds blocks that repeat earlier ones, in one pass: an identical block; a block whose text
 * lies inside the text before it (a truncated or merged copy, possibly across several blocks);
 * or, for longer blocks, one sharing 80% of its 5-character shingles with a single earlier block
 * (or holding 80% of an earlier block's: a copy with a sentence added).
 */
export function findRepeats(blocks: readonly Block[]): Repeat[] {
  const repeats: Repeat[] = [];
  const firstByText = new Map<string, Block>();
  // Shingle → the earlier block holding it, or the blocks (most shingles are in one block only).
  const index = new Map<number, number | number[]>();
  const seen: Block[] = [];
  // Shingle counts of indexed blocks; blocks too short for near matching never count as an earlier match.
  const sizes: number[] = [];
  let stream = '';
  const owners: Array<{ at: number; block: Block }> = [];
  const ownerAt = (pos: number): Block => {
    let lo = 0;
    let hi = owners.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((owners[mid]?.at ?? 0) <= pos) lo = mid;
      else hi = mid - 1;
    }
    return (owners[lo] as { block: Block }).block;
  };
  for (const block of blocks) {
    if (block.marker || block.text.length < 2 || block.node.type === 'thematicBreak') continue;
    const same = firstByText.get(block.text);
    const pos = !same && block.text.length >= MIN_CONTAINED ? stream.indexOf(block.text) : -1;
    const own = shingles(block.text);
    // Too short for a shingle: the block is its own only shingle.
    if (!own.size) own.add(shingles(block.text.padEnd(SHINGLE, '\u0000')).values().next().value as number);
    if (same) repeats.push({ block, from: same, to: same, exact: true });
    else if (pos >= 0) repeats.push({ block, from: ownerAt(pos), to: ownerAt(pos + block.text.length - 1), exact: true });
    else if (block.text.length >= MIN_NEAR) {
      const counts = new Int32Array(seen.length);
      for (const s of own) {
        const hit = index.get(s);
        if (hit === undefined) continue;
        if (typeof hit === 'number') counts[hit] = (counts[hit] as number) + 1;
        else if (hit.length <= COMMON) for (const j of hit) counts[j] = (counts[j] as number) + 1;
      }
      // Near either way: most of this block is in an earlier one, or most of an earlier one is in this (an extended copy).
      // The earliest block wins a tie.
      let best = -1;
      let bestScore = 0;
      for (let j = 0; j < counts.length; j++) {
        const c = counts[j] as number;
        if (c === 0) continue;
        const score = Math.max(c / own.size, c / (sizes[j] ?? Infinity));
        if (score > bestScore) [best, bestScore] = [j, score];
      }
      const earlier = seen[best];
      if (earlier && bestScore >= NEAR_RATIO) repeats.push({ block, from: earlier, to: earlier, exact: false });
    }
    if (!same) firstByText.set(block.text, block);
    owners.push({ at: stream.length, block });
    stream += block.text;
    const me = seen.length;
    for (const s of own) {
      const hit = index.get(s);
      if (hit === undefined) index.set(s, me);
      else if (typeof hit === 'number') {
        if (hit !== me) index.set(s, [hit, me]);
      } else if (hit[hit.length - 1] !== me) hit.push(me);
    }
    seen.push(block);
    sizes.push(block.text.length >= MIN_NEAR ? own.size : Infinity);
  }
  return repeats;
}

const cache = new WeakMap<RuleContext, Repeat[]>();

/** The repeats among a post's top-level blocks, found once and shared by the rules that need them. */
export function postRepeats(ctx: RuleContext): Repeat[] {
  let hit = cache.get(ctx);
  if (!hit) {
    hit = findRepeats(topLevelBlocks(ctx));
    cache.set(ctx, hit);
  }
  return hit;
}
