import { nodesOf } from './nodes.js';
import type { RuleContext } from '../types.js';
import type { Position } from '../../report/diagnostic.js';

/** One image of a post body: Markdown `![alt](src)`, a reference image, or an HTML `<img>`. */
export interface ImageRef {
  src: string;
  /** Alt text, or null when an `<img>` has no alt attribute. */
  alt: string | null;
  position: Position;
}

const IMG = /<img\b[^>]*>/gi;
const attr = (tag: string, name: string): string | null => {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
};

/** Every image of the body, in file order. */
export function bodyImages(ctx: RuleContext): ImageRef[] {
  const images: ImageRef[] = [];
  const definitions = new Map<string, string>();
  for (const node of nodesOf(ctx.tree, 'definition')) definitions.set(node.identifier, node.url);
  for (const node of nodesOf(ctx.tree, 'image', 'imageReference', 'html')) {
    const p = node.position;
    if (!p) continue;
    const at = { line: p.start.line, column: p.start.column };
    if (node.type === 'image') images.push({ src: node.url, alt: node.alt ?? '', position: at });
    else if (node.type === 'imageReference') {
      const src = definitions.get(node.identifier);
      if (src !== undefined) images.push({ src, alt: node.alt ?? '', position: at });
    } else if (node.type === 'html') {
      for (const m of node.value.matchAll(IMG)) {
        const src = attr(m[0], 'src');
        if (src !== null) images.push({ src, alt: attr(m[0], 'alt'), position: ctx.positionAt((p.start.offset ?? 0) + (m.index ?? 0)) });
      }
    }
  }
  return images;
}
