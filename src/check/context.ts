import type { SourcePost } from '../load/types.js';
import type { Position } from '../report/diagnostic.js';
import type { Root } from 'mdast';
import { toFileCoordinates } from './coordinates.js';
import type { RuleContext, SiteContext } from './types.js';

/** Offsets where each line of `text` starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * Builds the context every rule of one post shares: the file text, its lines, and the body
 * parsed once. `source` is the whole file (BOM removed, `\n` endings); when it does not end
 * with the post's body (a post built in memory), a stand-in with blank front matter lines is used.
 */
export function createRuleContext(post: SourcePost, source: string | null, site: SiteContext, given: { tree: Root; coordinates: 'body' | 'file' }): RuleContext {
  const starts0 = source ? lineStarts(source) : [];
  let text = source ?? '';
  let bodyOffset = starts0[post.bodyLine - 1] ?? -1;
  // A body that is empty, or not at a line start, still ends the file.
  if ((bodyOffset < 0 || text.slice(bodyOffset) !== post.body) && source?.endsWith(post.body)) bodyOffset = source.length - post.body.length;
  if (bodyOffset < 0 || text.slice(bodyOffset) !== post.body) {
    text = '\n'.repeat(Math.max(0, post.bodyLine - 1)) + post.body;
    bodyOffset = post.bodyLine - 1;
  }
  const starts = text === source ? starts0 : lineStarts(text);
  const positionAt = (offset: number): Position => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  };
  return {
    post,
    source: text,
    lines: text.split('\n'),
    bodyOffset,
    // The caller parses (`parseBody`), or passes the tree the render stage already parsed.
    tree: given.coordinates === 'body' ? toFileCoordinates(given.tree, post.bodyLine, bodyOffset) : given.tree,
    hasFrontMatter: /^---[ \t]*(?:ya?ml)?[ \t]*\n/.test(text),
    site,
    positionAt,
  };
}
