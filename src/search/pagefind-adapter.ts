import { mapLimit } from '../util/map-limit.js';

/** One page to index: its output file, its URL below the site root (encoded, no base path) and its HTML (read once, when it is sent; empty: nothing to index). */
export interface IndexPage {
  file: string;
  url: string;
  html: string;
}

/** The indexer's complaints, one per page or per call. */
export interface PagefindOutput {
  errors: Array<{ url: string | null; message: string }>;
}

/** Pages sent to the indexer before the first answer comes back. */
const IN_FLIGHT = 32;

/** The index's language tag: "undetermined", so the indexer neither stems nor segments. */
export const INDEX_LANGUAGE = 'und';

/**
 * Parts of the bundle the search page never loads: Pagefind's own UIs and highlighter. The
 * search page has its own small script (./client/search.js).
 */
export const UNUSED = /^(pagefind-(ui|modular-ui|component-ui)\.(js|css)|pagefind-highlight\.js)$/;

/**
 * Indexes pages with Pagefind's Node API (its Rust indexer, run as a child process from the
 * binary the npm package ships), which writes the bundle into `outputDir` itself: tens of MB
 * at thousands of posts never pass through this process. The only module that imports
 * `pagefind`.
 */
export async function runPagefind(pages: readonly IndexPage[], outputDir: string): Promise<PagefindOutput> {
  const pagefind = await import('pagefind');
  const errors: PagefindOutput['errors'] = [];
  try {
    // Pages are split into words already (./searchable-html.ts); a Japanese `lang` would make the
    // indexer split them again, its own way (Lindera), which queries in the browser cannot follow.
    const created = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
    errors.push(...created.errors.map((message) => ({ url: null, message })));
    const index = created.index;
    if (!index) return { errors };
    // Sent in the given order (a fixed order keeps the bundle byte-identical between builds),
    // a window of pages at a time: the indexer works on the next pages while we send more, which
    // takes a quarter off the time of sending one page per round trip.
    await mapLimit(pages, IN_FLIGHT, async (page) => {
      const content = page.html;
      // A page with nothing to index (no search body) is left out.
      if (!content) return;
      const added = await index.addHTMLFile({ url: page.url, content });
      errors.push(...added.errors.map((message) => ({ url: page.url, message })));
    });
    const written = await index.writeFiles({ outputPath: outputDir });
    errors.push(...written.errors.map((message) => ({ url: null, message })));
    return { errors };
  } finally {
    // Stops the indexer's process; a failure to stop must not hide why indexing failed.
    await pagefind.close().catch(() => null);
  }
}
