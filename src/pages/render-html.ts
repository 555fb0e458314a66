import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';

/** Renders a page component to a complete HTML document. */
export function renderHtml<P>(vnode: VNode<P>): string {
  return `<!doctype html>\n${render(vnode as VNode)}\n`;
}
