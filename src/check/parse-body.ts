import type { Root } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import remarkKramdownAttrs from '../render/remark-kramdown-attrs.js';

// Built once, with the same syntax extensions as the render stage, so the check sees the
// tree the reader will see: GFM, then CJK-friendly emphasis (`**「共存」**が` is bold).
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly).use(remarkCjkFriendlyGfmStrikethrough).freeze();
const kramdownAttrs = remarkKramdownAttrs();

/**
 * Parses a post body into mdast, positions in body coordinates (`createRuleContext` moves them
 * to file coordinates), kramdown `{: .cta}` lines dropped as the render stage drops them.
 */
export function parseBody(body: string): Root {
  const tree = parser.parse(body);
  kramdownAttrs(tree);
  return tree;
}
