/**
 * `npm run bench [-- --sizes 1000,4000,10000|none] [--runs 3] [--no-cards] [--peers]`
 *
 * Generates deterministic corpora (bench/corpus.ts) under the system temp folder and measures,
 * as whole processes like a user runs them: a cold build (no output, no cache), a warm build
 * (nothing changed), and a build after editing one post; plus OG cards per second and the peak
 * RSS of each run. With --peers it also builds the shared corpus with Eleventy and Hugo (set up
 * by ../shared/bench/peers/*) in the same session and prints the ratios. A benchmark, not a
 * test: nothing in `npm test` depends on timings.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,4000,10000' },
    runs: { type: 'string', default: '3' },
    'no-cards': { type: 'boolean', default: false },
    peers: { type: 'boolean', default: false },
  },
});
// `--sizes none` runs only the side-by-side comparison.
const sizes = values.sizes.split(',').map(Number).filter((n) => n > 0);
const runs = Number(values.runs);
const root = path.resolve(import.meta.dirname, '..');
const work = path.join(tmpdir(), 'kotoba-bench');

interface RunStats {
  wallMs: number;
  peakRssMiB: number;
  cardsGenerated?: number;
  cards?: number;
  [key: string]: number | undefined;
}

/** The node flags of `npm run build` (GC settings), so the bench runs the build as users do, without npm's start-up. */
const nodeFlags = (): string[] => {
  const script = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.build ?? '';
  return script.split(/\s+/).slice(1, -2);
};

/** Runs our CLI build as a child process and returns its wall time and reported stats. */
function buildOnce(posts: string, out: string, cache: string, cards: boolean, search = true): RunStats {
  const started = performance.now();
  const args = [...nodeFlags(), 'src/cli.ts', 'build', '--posts', posts, '--out', out, '--cache', cache, '--verbose', ...(cards ? [] : ['--no-cards']), ...(search ? [] : ['--no-search'])];
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, CI: '1' }, maxBuffer: 64 * 1024 * 1024 });
  const wallMs = performance.now() - started;
  if (r.status !== 0) throw new Error(`build failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const line = r.stdout.trim().split('\n').pop() ?? '{}';
  return { ...(JSON.parse(line) as RunStats), wallMs };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

function timeCommand(cmd: string, args: string[]): number {
  const started = performance.now();
  execFileSync(cmd, args, { stdio: 'ignore' });
  return performance.now() - started;
}

const rows: string[] = [];
const row = (...cells: Array<string | number>) => rows.push(`| ${cells.join(' | ')} |`);
row('posts', 'cold s', 'warm s', 'one post edited s', 'cards/s (cold)', 'peak RSS MiB (cold)', 'pages');
row('---:', '---:', '---:', '---:', '---:', '---:', '---:');

for (const size of sizes) {
  const posts = path.join(work, `c${size}`, '_posts');
  if (!existsSync(posts) || readdirSync(posts).length !== size) {
    rmSync(path.dirname(posts), { recursive: true, force: true });
    writeCorpus(size, posts);
  }
  const out = path.join(work, `out${size}`);
  const cache = path.join(work, `cache${size}`);
  const cards = !values['no-cards'];
  const cold: RunStats[] = [];
  const warm: RunStats[] = [];
  const edit: RunStats[] = [];
  for (let i = 0; i < runs; i++) {
    rmSync(out, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    cold.push(buildOnce(posts, out, cache, cards));
    warm.push(buildOnce(posts, out, cache, cards));
    const victim = path.join(posts, readdirSync(posts).sort()[Math.floor(size / 2)] as string);
    appendFileSync(victim, `\n追記 ${Date.now()}。\n`);
    edit.push(buildOnce(posts, out, cache, cards));
  }
  const c = median(cold.map((s) => s.wallMs));
  const coldCards = cold.map((s) => ((s.cardsGenerated ?? 0) * 1000) / Math.max(1, s.cards ?? 1));
  row(
    size,
    (c / 1000).toFixed(2),
    (median(warm.map((s) => s.wallMs)) / 1000).toFixed(2),
    (median(edit.map((s) => s.wallMs)) / 1000).toFixed(2),
    cards ? median(coldCards).toFixed(0) : '—',
    median(cold.map((s) => s.peakRssMiB)),
    cold[0]?.pageCount ?? 0,
  );
  console.error(`done: ${size} posts`);
}

console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; median of ${runs} runs; whole-process wall time.\n`);
console.log(rows.join('\n'));

if (values.peers) {
  // Side by side on the shared corpus the peers were measured on (../shared/bench/make-corpus.mjs).
  const shared = path.resolve(root, '../shared/bench');
  const corpus = path.join(work, 'shared4000');
  if (!existsSync(path.join(corpus, '_posts'))) execFileSync(process.execPath, [path.join(shared, 'make-corpus.mjs'), '4000', corpus], { stdio: 'ignore' });
  const ours = path.join(work, 'ours-shared');
  const oursCache = path.join(work, 'ours-shared-cache');
  const oursCold: number[] = [];
  const oursWarm: number[] = [];
  const eleventy: number[] = [];
  const hugo: number[] = [];
  for (let i = 0; i < runs; i++) {
    rmSync(ours, { recursive: true, force: true });
    rmSync(oursCache, { recursive: true, force: true });
    // The peers build post, tag, category and home pages: no cards, no search index, like them.
    oursCold.push(buildOnce(path.join(corpus, '_posts'), ours, oursCache, false, false).wallMs);
    oursWarm.push(buildOnce(path.join(corpus, '_posts'), ours, oursCache, false, false).wallMs);
    eleventy.push(timeCommand('bash', [path.join(shared, 'peers/eleventy/build.sh'), corpus]));
    hugo.push(timeCommand('bash', [path.join(shared, 'peers/hugo/build.sh'), corpus]));
  }
  const [oc, ow, e, h] = [oursCold, oursWarm, eleventy, hugo].map(median) as [number, number, number, number];
  console.log(`\nShared 4,000-post corpus, no OG cards and no search index (the peers build neither), median of ${runs}:`);
  console.log('| build | wall s | ratio to Eleventy | ratio to Hugo |\n| --- | ---: | ---: | ---: |');
  console.log(`| ours cold | ${(oc / 1000).toFixed(2)} | ${(oc / e).toFixed(2)} | ${(oc / h).toFixed(2)} |`);
  console.log(`| ours warm | ${(ow / 1000).toFixed(2)} | ${(ow / e).toFixed(2)} | ${(ow / h).toFixed(2)} |`);
  console.log(`| Eleventy cold | ${(e / 1000).toFixed(2)} | 1.00 | ${(e / h).toFixed(2)} |`);
  console.log(`| Hugo cold | ${(h / 1000).toFixed(2)} | ${(h / e).toFixed(2)} | 1.00 |`);
}
