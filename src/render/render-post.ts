import type { Root as MdastRoot } from 'mdast';
import type { Root as HastRoot } from 'hast';
import { VFile } from 'vfile';
import { error, warning, type Diagnostic } from '../report/diagnostic.js';
import { makeExcerpt } from './excerpt.js';
import { firstParagraph, plainParagraphs } from './plain-text.js';
import { getProcessors } from './processor.js';
import { readingMinutes } from './reading-time.js';
import { checkPathological } from './pathological.js';
import { checkRenderedPost, type PostCheck } from '../check/in-build.js';
import type { ResolvedConfig } from '../config/types.js';
import type { SourcePost } from '../load/types.js';

/** What rendering one post body needs: plain data, so it can be sent to a worker. */
export interface RenderInput {
  file: string;
  body: string;
  bodyLine: number;
  basePath: string;
  siteUrl: string;
  /** Run the per-post content-check rules on the same tree (build and dev do, as warnings). */
  check?: { post: SourcePost; config: ResolvedConfig };
}

/** A rendered body: HTML with `<wbr>` phrase breaks, and the plain text derived from it. */
export interface RenderedBody {
  /** Body HTML. */
  html: string;
  /** Plain text, one paragraph per line, no break markers: for related posts and search. */
  text: string;
  /** First paragraph cut at a sentence end, no break markers. */
  excerpt: string;
  /** Computed minutes to read. */
  readingMinutes: number;
  diagnostics: Diagnostic[];
  /** Content-check results of this post, when asked for. */
  check?: PostCheck;
}

function hasRawHtml(tree: MdastRoot): boolean {
  const stack: Array<{ type: string; children?: unknown[] }> = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as { type: string; children?: unknown[] };
    if (node.type === 'html') return true;
    if (node.children) stack.push(...(node.children as Array<{ type: string }>));
  }
  return false;
}

/** Renders one post body to HTML, excerpt and reading time. Never throws: failures become an error diagnostic. */
export function renderPost(input: RenderInput): RenderedBody {
  const offset = input.bodyLine - 1;
  const pathological = checkPathological(input.body);
  if (pathological) {
    const { line, message } = pathological;
    return failed(error(input.file, { line: line + input.bodyLine, column: 1 }, 'render-pathological', message, 'Simplify the Markdown at this line; it cannot be rendered in reasonable time.'));
  }
  try {
    const { withRaw, plain } = getProcessors({ basePath: input.basePath, siteUrl: input.siteUrl });
    const file = new VFile({ path: input.file, value: input.body });
    const mdast = plain.parse(file) as MdastRoot;
    const processor = hasRawHtml(mdast) ? withRaw : plain;
    const hast = processor.runSync(mdast, file) as HastRoot;
    const paragraphs = plainParagraphs(hast);
    // The check reads the tree after the render transforms (kramdown lines removed), as a reader sees it.
    const check = input.check ? checkRenderedPost(input.check.post, input.check.post.head + input.body, mdast, input.check.config) : undefined;
    const html = processor.stringify(hast, file) as string;
    const diagnostics = file.messages.map((m) =>
      warning(input.file, { line: (m.line ?? 1) + offset, column: m.column ?? 1 }, m.ruleId ?? 'render', m.reason, 'Remove it from the post; post bodies cannot run code on readers\u2019 pages.'),
    );
    return {
      html,
      text: paragraphs.join('\n'),
      excerpt: makeExcerpt(firstParagraph(hast)),
      readingMinutes: readingMinutes(paragraphs),
      diagnostics,
      ...(check ? { check } : {}),
    };
  } catch (e) {
    const message = e instanceof RangeError ? 'Post is nested too deeply to render' : `Post could not be rendered: ${e instanceof Error ? e.message : String(e)}`;
    return failed(error(input.file, { line: input.bodyLine, column: 1 }, 'render-failed', message, 'Simplify the Markdown of this post (deep nesting, unbalanced markers) and build again.'));
  }
}

function failed(diagnostic: Diagnostic): RenderedBody {
  return { html: '', text: '', excerpt: '', readingMinutes: 1, diagnostics: [diagnostic] };
}
