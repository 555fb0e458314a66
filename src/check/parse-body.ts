import type { Root } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import remarkKramdownAttrs from '../render/remark-kramdown-attrs.js';

// Built once, with the same syntax extensions as the render stage, so the check sees the
// tree the reader will see: GFM, then CJK-friendly emphasis (`**「共存」**が` is bold).
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly).use(remarkCjkFriendlyGfmStrikethrough).freeze();
const kramdownAttrs = remarkKramdownAttrs();

/**
 * Parses a post body into mdast and moves every position from body coordinates to file
 * coordinates: lines shift by `bodyLine - 1`, offsets by `bodyOffset` (the body always starts
 * at the beginning of a line, so columns stay as they are).
 */
export function parseBody(body: string, bodyLine: number, bodyOffset: number): Root {
  const tree = parser.parse(body);
  // kramdown `{: .cta}` lines are attributes, not text: drop them as the render stage does.
  kramdownAttrs(tree);
  return toFileCoordinates(tree, bodyLine, bodyOffset);
}

/**
 * Moves every position of a body tree to file coordinates, in place. The render stage calls
 * this on its own tree so the build checks posts without parsing them twice.
 */
export function toFileCoordinates(tree: Root, bodyLine: number, bodyOffset: number): Root {
  const lineShift = bodyLine - 1;
  visit(tree, (node) => {
    const p = node.position;
    if (!p) return;
    p.start = { line: p.start.line + lineShift, column: p.start.column, offset: (p.start.offset ?? 0) + bodyOffset };
    p.end = { line: p.end.line + lineShift, column: p.end.column, offset: (p.end.offset ?? 0) + bodyOffset };
  });
  return tree;
}
