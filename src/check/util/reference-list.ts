import type { List, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { plainText } from './text.js';

const HEADING = /参考|出典|参照|引用元|脚注|文献|ソース|references?|sources?|citations?|notes|bibliography/i;

/** True when at least half the items of a list hold a link or a URL. */
function isLinkList(list: List): boolean {
  if (list.children.length < 2) return false;
  let linked = 0;
  for (const item of list.children) {
    let hit = false;
    visit(item, 'link', () => {
      hit = true;
    });
    if (hit || /https?:\/\//.test(plainText(item))) linked++;
  }
  return linked * 2 >= list.children.length;
}

/**
 * True when the post has somewhere for citation numbers to point: GFM footnotes, a
 * "参考文献" / "References" heading (or bold line), or a list made mostly of links.
 */
export function hasReferenceList(tree: Root): boolean {
  let found = false;
  visit(tree, (node) => {
    if (found) return false;
    if (node.type === 'footnoteDefinition') found = true;
    else if (node.type === 'list' && isLinkList(node)) found = true;
    else if (node.type === 'heading' || node.type === 'paragraph') {
      const text = plainText(node).trim();
      if (text.length <= 20 && HEADING.test(text)) found = true;
    }
    return found ? false : undefined;
  });
  return found;
}
