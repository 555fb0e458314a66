import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';

const URL_PROPS = ['href', 'src', 'action', 'formAction', 'poster', 'cite', 'data', 'xLinkHref', 'srcSet'];
const BAD_SCHEME = /^\s*(?:javascript|vbscript|data:text\/html)/i;

/**
 * Keeps post bodies from running code on readers' pages: drops `<script>` elements and `on*`
 * attributes with a warning naming the line, and removes `javascript:` and `vbscript:` URLs.
 */
export default function rehypeSafety() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'script' && parent && index !== undefined) {
        file.message('`<script>` in a post body was removed', { place: node.position, ruleId: 'unsafe-html', source: 'render' });
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      for (const key of Object.keys(node.properties)) {
        if (/^on/i.test(key)) {
          file.message(`Event handler attribute \`${key.toLowerCase()}\` was removed`, { place: node.position, ruleId: 'unsafe-html', source: 'render' });
          delete node.properties[key];
        }
      }
      for (const key of URL_PROPS) {
        const value = node.properties[key];
        if (typeof value === 'string' && BAD_SCHEME.test(value.replace(/[\u0000-\u001f]/g, ''))) {
          file.message(`A \`${value.split(':')[0]}:\` URL was removed from <${node.tagName}>`, { place: node.position, ruleId: 'unsafe-url', source: 'render' });
          delete node.properties[key];
        }
      }
      return undefined;
    });
  };
}
