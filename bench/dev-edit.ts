/**
 * `npm run bench:dev [-- --size 4000] [--edits 10]`: the dev server's save-to-reload time.
 *
 * Starts the dev server on a copy of a corpus (bench/corpus.ts, 4,000 posts by default), waits
 * for the first build, then saves one post at a time, as an editor does, and measures from the
 * write to the reload event sent to browsers (file watching included), for body edits and for
 * title edits. Prints the median and the worst. A benchmark, not a test.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startDevServer, type DevBuildEvent } from '../src/dev/dev-server.js';
import { writeCorpus } from './corpus.js';

const { values } = parseArgs({ options: { size: { type: 'string', default: '4000' }, edits: { type: 'string', default: '10' } } });
const size = Number(values.size);
const source = path.join(tmpdir(), 'kotoba-bench', `c${size}`, '_posts');
if (!existsSync(source) || readdirSync(source).length !== size) {
  rmSync(path.dirname(source), { recursive: true, force: true });
  writeCorpus(size, source);
}
// A copy, so the edits do not change the corpus the build benchmark uses.
const posts = path.join(tmpdir(), 'kotoba-bench', `dev${size}`);
rmSync(posts, { recursive: true, force: true });
cpSync(source, posts, { recursive: true });
const files = readdirSync(posts).sort();

let started = performance.now();
// Returns once the first build is served.
const logged: string[] = [];
const server = await startDevServer({ postsDir: posts, port: 0, verbose: process.env.VERBOSE === "1", out: (t) => void logged.push(t), err: () => undefined });
const waitForBuild = () =>
  new Promise<DevBuildEvent>((resolve) => {
    const stop = server.onBuild((e) => {
      stop();
      resolve(e);
    });
  });
console.log(`first build of ${size} posts: ${((performance.now() - started) / 1000).toFixed(1)} s`);

async function edit(kind: 'body' | 'title', i: number): Promise<number> {
  const file = path.join(posts, files[Math.floor(((i + 1) * files.length) / (Number(values.edits) + 2))] as string);
  const text = readFileSync(file, 'utf8');
  const next = kind === 'body' ? `${text}\n編集 ${i}：追記した段落です。\n` : text.replace(/^title: (.*)$/m, (_, t: string) => `title: ${t.replace(/^"|"$/g, '')}（更新${i}）`);
  const built = waitForBuild();
  started = performance.now();
  writeFileSync(file, next);
  const event = await built;
  const ms = performance.now() - started;
  if (!event.ok || event.paths.length === 0) throw new Error(`edit ${i} did not rebuild: ${JSON.stringify(event).slice(0, 300)}`);
  // Let a settle rebuild (related posts, search) happen off the measured path.
  await new Promise((r) => setTimeout(r, 200));
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
for (const kind of ['body', 'title'] as const) {
  const times: number[] = [];
  for (let i = 0; i < Number(values.edits); i++) times.push(await edit(kind, i));
  console.log(`${kind} edit, save to reload event: median ${median(times).toFixed(0)} ms, worst ${Math.max(...times).toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(' ')})`);
}
if (process.env.VERBOSE === "1") console.log(logged.slice(-12).join(""));
console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
await server.close();
