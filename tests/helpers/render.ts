import { renderPost, type RenderedBody } from '../../src/render/render-post.js';
import { SITE_URL } from './config.js';

/** Renders a Markdown body as the build does, as if the body started on `bodyLine` of `file`. */
export function render(body: string, options: { file?: string; bodyLine?: number; basePath?: string } = {}): RenderedBody {
  return renderPost({ file: options.file ?? 'posts/2025-12-02-test.md', body, bodyLine: options.bodyLine ?? 1, basePath: options.basePath ?? '/', siteUrl: SITE_URL });
}

/** The phrases of rendered HTML: text between `<wbr>`s with every tag removed. */
export function phrasesOfHtml(html: string): string[] {
  return html
    .split(/<wbr\/?>/)
    .map((part) => part.replace(/<[^>]*>/g, ''))
    .filter((part) => part.length > 0);
}
