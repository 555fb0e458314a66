import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { FileCache } from '../util/file-cache.js';
import { lazyOutputFile, type OutputFile } from '../build/output-file.js';
import type { SiteIndex } from '../collect/site-index.js';
import type { SiteContext } from '../pages/types.js';
import { error, type Diagnostic } from '../report/diagnostic.js';
import { encodePath, outputPathFor } from '../util/url.js';
import { runPagefind, type IndexPage } from './pagefind-adapter.js';
import { BUNDLE_PATH, SEARCH_PAGE_PATH } from './paths.js';
import { searchableHtml } from './searchable-html.js';
import { newSearchBundle, readSearchBundle, searchKey } from './search-cache.js';
import { planSearchPage } from './search-page.js';

export { BUNDLE_PATH, SEARCH_PAGE_PATH } from './paths.js';

/** The search step's output: the bundle under `/pagefind/` and the `/search/` page. */
export interface SearchOutput {
  files: OutputFile[];
  diagnostics: Diagnostic[];
}

/** Scripts of the search page: the page's own, the search, and the text rules it shares with the indexer. */
const CLIENT_FILES = ['search.js', 'find.js', 'text.js'] as const;

/** Marks the part of a page that is indexed (templates/post.tsx); pages without it are not searched. */
const BODY_MARKER = 'data-pagefind-body';

/**
 * Builds the site's search from the pages of the build: every post page that marks a search
 * body is normalised and indexed, and the search page is rendered. Nothing is written; the
 * files join the rest of the build's output.
 */
export async function buildSearch(files: readonly OutputFile[], site: SiteContext, index: SiteIndex, options: { cache?: boolean } = {}): Promise<SearchOutput> {
  const diagnostics: Diagnostic[] = [];
  // A warm build with the same posts reuses the bundle: no page rendered, nothing re-indexed.
  const key = searchKey(index, site.config);
  const cached = options.cache === false ? null : await readSearchBundle(site.config, key);
  let bundle: OutputFile[] = cached ?? [];
  if (!cached) {
    try {
      // Only post pages can be searched: reading any other page would render it (pages render on read).
      const postFiles = new Set(index.posts.map((p) => outputPathFor(p.path)));
      // Pages whose key was indexed before are not rendered or normalised again: an edit re-reads one page.
      const known = options.cache === false ? null : await FileCache.open<Uint8Array>(path.join(site.config.cacheDir, 'search-pages-v2.bin'));
      const pages = indexPages(files.filter((f) => postFiles.has(f.path)), known);
      const target = await newSearchBundle(site.config, options.cache !== false);
      const out = await runPagefind(pages, target.dir);
      bundle = await target.done(out.errors.length === 0 ? key : null);
      await known?.save();
      const fileOf = new Map(pages.map((p) => [p.url, p.file]));
      for (const e of out.errors) {
        const file = (e.url === null ? undefined : fileOf.get(e.url)) ?? BUNDLE_PATH.slice(1);
        diagnostics.push(error(file, undefined, 'search-index', `Search indexing failed: ${e.message}`, 'Check the HTML of this page; when no page is named, reinstall with `npm install`.'));
      }
    } catch (e) {
      diagnostics.push(
        error(
          'node_modules/pagefind',
          undefined,
          'search-indexer-missing',
          `The search indexer could not start: ${e instanceof Error ? e.message : String(e)}`,
          'Run `npm install` so the `pagefind` package and its binary for this platform (@pagefind/<os>-<cpu>) are installed.',
        ),
      );
    }
  }
  const prefix = BUNDLE_PATH.replace(/^\//, '');
  const page = planSearchPage(site, index);
  return {
    files: [
      ...bundle.map((f) => lazyOutputFile(prefix + f.path, () => f.contents, f.key)),
      { path: outputPathFor(page.path), contents: page.render() },
      ...(await clientFiles()),
    ],
    diagnostics,
  };
}

/** The search page's scripts (./client/), served next to it as they are. */
async function clientFiles(): Promise<OutputFile[]> {
  const dir = SEARCH_PAGE_PATH.replace(/^\//, '');
  return Promise.all(CLIENT_FILES.map(async (name) => ({ path: dir + name, contents: await readFile(new URL(`./client/${name}`, import.meta.url), 'utf8') })));
}

/**
 * The pages to index, in URL order, each with its URL relative to the site root (the base path
 * is added in the browser). A page's searchable HTML is made when the indexer asks for it, so
 * only the pages in flight are in memory. With `known` (kept compressed), a page with a key is
 * rendered and normalised once per key ever; an empty entry stands for a page with nothing to
 * index.
 */
export function indexPages(files: readonly OutputFile[], known: FileCache<Uint8Array> | null = null): IndexPage[] {
  const searchable = (f: OutputFile): string => {
    const contents = f.contents;
    return typeof contents === 'string' && f.path.endsWith('.html') && contents.includes(BODY_MARKER) ? searchableHtml(contents) : '';
  };
  const htmlOf = (f: OutputFile): string => {
    const hit = f.key === undefined ? undefined : known?.get(f.key);
    if (hit) return inflateRawSync(hit).toString('utf8');
    const html = searchable(f);
    if (f.key !== undefined) known?.set(f.key, deflateRawSync(html, { level: 1 }));
    return html;
  };
  return files
    .filter((f) => f.path.endsWith('.html'))
    .map((f) => ({ file: f.path, url: encodePath(sitePathOf(f.path)), source: f }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
    .map(({ file, url, source }) => ({
      file,
      url,
      get html() {
        return htmlOf(source);
      },
    }));
}

/** `a/b/index.html` → `/a/b/`; other files keep their name. */
function sitePathOf(outputPath: string): string {
  return '/' + outputPath.replace(/(^|\/)index\.html$/, '$1');
}

