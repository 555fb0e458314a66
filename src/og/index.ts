import { readFileSync } from 'node:fs';
import type { OutputFile } from '../build/output-file.js';
import type { ResolvedConfig } from '../config/types.js';
import { error, sortDiagnostics, warning, type Diagnostic } from '../report/diagnostic.js';
import { mapLimit } from '../util/map-limit.js';
import { readCachedCard } from './cache.js';
import { collapseRepeats } from './collapse-repeats.js';
import { licenseFiles } from './licenses.js';
import { openRenderer, type CardRenderer } from './pool.js';
import { prepareCard, toRenderTask, type PreparedCard } from './prepare-card.js';
import { createProgress } from './progress.js';
import { sharedInputs } from './shared-inputs.js';
import type { CardJob, CardOptions, CardResult, RenderOutcome } from './types.js';

export type { CardJob, CardOptions, CardResult } from './types.js';

/** Cache files read at once: bounds open handles for 10,000 cards. */
const IO_LIMIT = 32;

/**
 * Makes the Open Graph card of each job: a 1200×630 PNG taken from `<cacheDir>/og/` when nothing
 * that affects it changed, otherwise rendered (satori → resvg) in a pool of worker threads.
 * Returns the PNGs and the licence files that go with them, sorted by path; never touches the output folder.
 * `stats` counts distinct cards: jobs with the same text share one render.
 */
export async function generateCards(jobs: readonly CardJob[], options: CardOptions & { config: ResolvedConfig }): Promise<CardResult> {
  const started = performance.now();
  const { config } = options;
  const shared = await sharedInputs(config);
  const cards = jobs.map((job) => prepareCard(job, shared));
  const diagnostics: Diagnostic[] = [...shared.diagnostics, ...cards.flatMap((c) => c.diagnostics)];

  // Identical cards (same text) share one cache entry and one render.
  const byKey = new Map<string, PreparedCard>();
  for (const card of cards) if (!byKey.has(card.key)) byKey.set(card.key, card);
  const unique = [...byKey.values()];
  const pngs: Map<string, string | Uint8Array> = await readCards(unique);

  const missing = unique.filter((card) => !pngs.has(card.key));
  const progress = createProgress(missing.length, options.progress ?? false);
  const renderer = openRenderer(missing.length, options.workers);
  const drawn: PreparedCard[] = [];
  try {
    await Promise.all(
      missing.map(async (card) => {
        const outcome = await render(card, renderer, diagnostics);
        progress.tick();
        if (outcome?.cached) drawn.push(card);
        else if (outcome) pngs.set(card.key, outcome.png);
      }),
    );
  } finally {
    await renderer.close();
    progress.done();
  }
  // Read back only once the workers are gone: their memory and the PNGs are never held together.
  const readBack = await readCards(drawn);
  for (const card of drawn) {
    const png = readBack.get(card.key);
    if (png) pngs.set(card.key, png);
    else {
      const message = 'The OG card was drawn, but its cache file is gone or damaged.';
      const note = 'Another process may be cleaning the cache folder; build again.';
      diagnostics.push(error(card.job.file || card.job.outputPath, undefined, 'og-render', message, note));
    }
  }

  const files: OutputFile[] = [];
  for (const card of cards) {
    const png = pngs.get(card.key);
    if (typeof png === 'string') files.push(cachedFile(card.job.outputPath, png));
    else if (png) files.push({ path: card.job.outputPath, contents: png });
  }
  if (cards.length > 0) files.push(...(await licenseFiles(cards.some((c) => c.usesEmoji))));
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const generated = missing.filter((card) => pngs.has(card.key)).length;
  return {
    files,
    diagnostics: collapseRepeats(sortDiagnostics(diagnostics)),
    stats: { generated, cached: unique.length - missing.length, ms: Math.round(performance.now() - started) },
  };
}

/**
 * The cache file of each card whose cached PNG is valid, by key. Only the path is kept: the bytes
 * are read again when the write step reads the file, so 10,000 cards never sit in memory at once.
 */
async function readCards(cards: readonly PreparedCard[]): Promise<Map<string, string>> {
  const found = await mapLimit(cards, IO_LIMIT, async (card) => (await readCachedCard(card.draft.cacheFile)) !== null);
  const pngs = new Map<string, string>();
  cards.forEach((card, i) => {
    if (found[i]) pngs.set(card.key, card.draft.cacheFile);
  });
  return pngs;
}

/** An output file whose bytes are read from a (validated) cache file when the write step asks. */
function cachedFile(path: string, cacheFile: string): OutputFile {
  return {
    path,
    get contents() {
      return readFileSync(cacheFile);
    },
  };
}

/** Renders one card to the cache, reporting failures on the post; null when it could not be drawn. */
async function render(card: PreparedCard, renderer: CardRenderer, diagnostics: Diagnostic[]): Promise<RenderOutcome | null> {
  const where = card.job.file || card.job.outputPath;
  try {
    const outcome = await renderer.render(toRenderTask(card));
    if (!outcome.cached) {
      const message = `The OG card was drawn but could not be cached: ${outcome.reason}`;
      diagnostics.push(warning(where, undefined, 'og-cache', message, 'Check that the cache folder (cacheDir) is writable.'));
    }
    return outcome;
  } catch (cause) {
    const why = cause instanceof Error ? cause.message : String(cause);
    const note = 'Check the card template (og-card.tsx) and the title, then build again.';
    diagnostics.push(error(where, undefined, 'og-render', `The OG card could not be drawn: ${why}`, note));
    return null;
  }
}
