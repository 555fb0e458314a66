import type { Paragraph, Parent, Root, RootContent, Text } from 'mdast';
import { visit } from 'unist-util-visit';

/** HTML attributes from a kramdown attribute list such as `{: .cta #buy data-x="1"}`. */
export type Attributes = Record<string, string | string[]>;

const IAL_LINE = /^\{:\s*([^}]*)\}\s*$/;
const IAL_TAIL = /\n\{:\s*([^}]*)\}\s*$/;
const TOKEN = /([.#])([^\s.#"'=]+)|([A-Za-z_:][\w:.-]*)=(?:"([^"]*)"|'([^']*)'|(\S+))/g;

/** Parses the inside of `{: … }` into attributes (classes gathered in `className`). */
export function parseAttributeList(source: string): Attributes {
  const attrs: Attributes = {};
  const classes: string[] = [];
  for (const m of source.matchAll(TOKEN)) {
    if (m[1] === '.') classes.push(m[2] ?? '');
    else if (m[1] === '#') attrs.id = m[2] ?? '';
    else if (m[3] && !/^on/i.test(m[3])) attrs[m[3]] = m[4] ?? m[5] ?? m[6] ?? '';
  }
  if (classes.length) attrs.className = classes;
  return attrs;
}

function apply(node: RootContent, attrs: Attributes): void {
  const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
  const props = (data.hProperties ??= {});
  const { className, ...rest } = attrs;
  if (className) props.className = [...((props.className as string[] | undefined) ?? []), ...className];
  Object.assign(props, rest);
}

/**
 * kramdown block attribute lists, as the blog's Jekyll posts use them: `{: .cta-link}` on the
 * line after a block is applied to that block and never shown as text. On the line directly
 * under a paragraph it is part of that paragraph's last text; after a blank line or a heading
 * it stands alone and applies to the block before it.
 */
export default function remarkKramdownAttrs() {
  return (tree: Root) => {
    visit(tree, (node, index, parent: Parent | undefined) => {
      if (node.type !== 'paragraph') return;
      const para = node as Paragraph;
      const last = para.children[para.children.length - 1];
      if (para.children.length === 1 && last?.type === 'text') {
        const alone = IAL_LINE.exec(last.value.trim());
        if (alone && parent && index !== undefined && index > 0) {
          apply(parent.children[index - 1] as RootContent, parseAttributeList(alone[1] ?? ''));
          parent.children.splice(index, 1);
          return index;
        }
      }
      if (last?.type === 'text') {
        const tail = IAL_TAIL.exec((last as Text).value);
        if (tail) {
          (last as Text).value = (last as Text).value.slice(0, tail.index);
          apply(para, parseAttributeList(tail[1] ?? ''));
        }
      }
      return undefined;
    });
  };
}
