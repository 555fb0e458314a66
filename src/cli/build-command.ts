import { loadConfig } from '../config/resolve-config.js';
import { build } from '../build/index.js';
import { Timer } from '../build/timer.js';
import { closeRenderPool } from '../render/render-pool.js';
import { formatDiagnostics } from '../report/format.js';
import { hasErrors } from '../report/diagnostic.js';
import { displayPath } from '../util/display-path.js';
import { unsafeOutDir } from '../write/guard-out-dir.js';
import { outputIntact, writeOutput } from '../write/write-output.js';
import { buildRecord, inputsKey } from '../build/up-to-date.js';
import { intFlag, parseCommandArgs, UsageError } from './args.js';

/** `build`: builds the site and writes it; exit 1 when any post has an error (output left as it was). */
export async function buildCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, {
    out: { type: 'string' },
    cache: { type: 'string' },
    drafts: { type: 'boolean' },
    future: { type: 'boolean' },
    'no-cards': { type: 'boolean' },
    'no-search': { type: 'boolean' },
    'no-cache': { type: 'boolean' },
    workers: { type: 'string' },
    verbose: { type: 'boolean' },
  });
  if (values.help) {
    process.stdout.write(BUILD_HELP);
    return 0;
  }
  const str = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined);
  const posts = str(values.posts);
  const out = str(values.out);
  const cacheDir = str(values.cache);
  const config = await loadConfig(str(values.config), {
    ...(posts ? { postsDir: posts } : {}),
    ...(out ? { outDir: out } : {}),
    ...(cacheDir ? { cacheDir } : {}),
    drafts: values.drafts === true,
    future: values.future === true,
  });
  const unsafe = unsafeOutDir(config);
  if (unsafe) throw new UsageError(`Refusing to build: ${unsafe}. Choose another --out (or outDir in site.config.ts); nothing was deleted.`);

  const started = performance.now();
  const workers = intFlag('workers', values.workers);
  const cache = values['no-cache'] !== true;
  const options = { cards: values['no-cards'] !== true, search: values['no-search'] !== true };
  try {
    // Nothing read by the build changed since the last one, which is still in place untouched:
    // report what it reported and write nothing.
    const key = cache ? await inputsKey(config, options) : null;
    const record = key ? await buildRecord(config) : null;
    const last = key ? record?.peek(key) : undefined;
    if (last && (last.validUntil === null || config.now.getTime() < last.validUntil) && (await outputIntact(config.outDir, config.cacheDir))) {
      if (last.diagnostics.length > 0) process.stderr.write(formatDiagnostics(last.diagnostics) + '\n');
      const ms = Math.round(performance.now() - started);
      process.stdout.write(`Built ${last.stats.postCount} posts, ${last.stats.pageCount} pages, ${last.stats.fileCount} files in ${ms} ms → ${displayPath(config.outDir)} (nothing changed since the last build)\n`);
      if (values.verbose) process.stdout.write(`${JSON.stringify({ upToDate: 1, totalMs: ms, peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
      return 0;
    }
    const result = await build(config, {
      cache,
      ...options,
      progress: true,
      ...(workers === undefined ? {} : { workers }),
    });
    if (result.diagnostics.length > 0) process.stderr.write(formatDiagnostics(result.diagnostics) + '\n');
    if (hasErrors(result.diagnostics)) {
      process.stderr.write(`\nBuild failed: fix the errors above. The output folder ${displayPath(config.outDir)} was left as it was.\n`);
      return 1;
    }
    // Timed like the build's steps: pages render while they are written.
    const timer = new Timer();
    const written = await timer.step('write', () => writeOutput(config.outDir, result.files, config.cacheDir));
    if (key && record) {
      record.put(key, { validUntil: result.validUntil, diagnostics: result.diagnostics, stats: result.stats });
      await record.save();
    }
    const ms = Math.round(performance.now() - started);
    const s = result.stats;
    process.stdout.write(
      `Built ${s.postCount} posts, ${s.pageCount} pages, ${result.files.length} files in ${ms} ms → ${displayPath(config.outDir)} (${written.written} written, ${written.unchanged} unchanged, ${written.removed} removed)\n`,
    );
    if (values.verbose) {
      // Worker threads live in this process, so maxRSS covers them too.
      const peakRssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
      process.stdout.write(`${JSON.stringify({ ...result.stats, ...timer.times, ...written, totalMs: ms, peakRssMiB })}\n`);
    }
    return 0;
  } finally {
    await closeRenderPool();
  }
}

const BUILD_HELP = `Usage: npm run build -- [options]

Builds the blog into the output folder (dist/ by default).

  --posts DIR      build the posts in DIR instead of posts/ (e.g. a Jekyll _posts folder)
  --out DIR        write the site to DIR instead of dist/
  --config FILE    use FILE instead of site.config.ts
  --drafts         include drafts (draft: true, published: false)
  --future         include posts dated in the future
  --no-cards       skip Open Graph card images
  --no-search      skip the search index and /search/ page (for benchmarks: the header box then leads nowhere)
  --no-cache       ignore and do not update .cache/
  --cache DIR      keep the cache in DIR instead of .cache/
  --workers N      worker threads (0 = main thread only; default: one per core)
  --verbose        print time per build step
  -h, --help       show this help

Exit codes: 0 built, 1 a post has an error (the output folder is left as it was), 2 usage error.
`;
