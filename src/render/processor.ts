import rehypeRaw from 'rehype-raw';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Processor } from 'unified';
import rehypeBudoux from './rehype-budoux.js';
import rehypeLinks, { type LinkOptions } from './rehype-links.js';
import rehypeSafety from './rehype-safety.js';
import remarkKramdownAttrs from './remark-kramdown-attrs.js';

/** The two processors of a build: one for bodies with raw HTML, one (faster) for bodies without. */
export interface Processors {
  withRaw: Processor;
  plain: Processor;
}

/**
 * Builds the Markdown → HTML processor once, in this order:
 * 1. remark-parse, remark-gfm (tables, footnotes, strikethrough, task lists, autolinks);
 * 2. remark-cjk-friendly (+ strikethrough): `**「共存」**が` is bold, as editors mean it;
 * 3. kramdown attribute lists (`{: .cta}`) attached to their block;
 * 4. remark-rehype, keeping raw HTML, with Japanese footnote labels;
 * 5. rehype-raw parses raw HTML into the tree (only in `withRaw`: reparsing costs, and most posts have none);
 * 6. safety (scripts, `on*`, `javascript:` out), heading ids that keep Japanese, link hygiene;
 * 7. BudouX `<wbr>` phrase breaks, last, so nothing after it sees break markers;
 * 8. rehype-stringify.
 */
function build(options: LinkOptions, raw: boolean): Processor {
  const p = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkCjkFriendly)
    .use(remarkCjkFriendlyGfmStrikethrough)
    .use(remarkKramdownAttrs)
    .use(remarkRehype, {
      allowDangerousHtml: raw,
      footnoteLabel: '脚注',
      footnoteBackLabel: (i: number) => `本文の${i + 1}番目の参照に戻る`,
    });
  if (raw) p.use(rehypeRaw);
  return p
    .use(rehypeSafety)
    .use(rehypeSlug)
    .use(rehypeLinks, options)
    .use(rehypeBudoux)
    .use(rehypeStringify)
    .freeze() as unknown as Processor;
}

let cached: { key: string; processors: Processors } | null = null;

/** The processors for these options, built on first use and reused for every post. */
export function getProcessors(options: LinkOptions): Processors {
  const key = JSON.stringify(options);
  if (!cached || cached.key !== key) {
    cached = { key, processors: { withRaw: build(options, true), plain: build(options, false) } };
  }
  return cached.processors;
}
