import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Options of `rehypeLinks`. */
export interface LinkOptions {
  /** Site sub-path, `/` or `/blog/`: root-relative links in posts are moved under it. */
  basePath: string;
  /** Site origin; links to it are internal. */
  siteUrl: string;
}

/** Moves a root-relative URL (`/2025/…`, `/assets/…`) under the base path, once. */
export function withBasePath(url: string, basePath: string): string {
  if (!url.startsWith('/') || url.startsWith('//') || basePath === '/') return url;
  if (url.startsWith(basePath)) return url;
  return basePath + url.slice(1);
}

/**
 * Link and image hygiene: external links get `rel="noopener"`, images load lazily, and
 * root-relative URLs honour the site's base path.
 */
export default function rehypeLinks(options: LinkOptions) {
  const origin = options.siteUrl.replace(/\/+$/, '');
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'a' && typeof node.properties.href === 'string') {
        const href = node.properties.href;
        if (/^https?:\/\//i.test(href) && !href.startsWith(origin + '/')) {
          const rel = new Set([...((node.properties.rel as string[] | undefined) ?? []), 'noopener']);
          node.properties.rel = [...rel];
        } else {
          node.properties.href = withBasePath(href, options.basePath);
        }
      }
      if (node.tagName === 'img') {
        node.properties.loading = 'lazy';
        node.properties.decoding = 'async';
        if (typeof node.properties.src === 'string') node.properties.src = withBasePath(node.properties.src, options.basePath);
      }
    });
  };
}
