/**
 * OG card benchmark: ms per card on one thread and in the worker pool, cold and cached, and peak RSS.
 * Run: `npx tsx bench/og.ts [--cards 200] [--only main|pool] [--workers N]`.
 * Each measurement runs in a fresh child process, so its peak RSS is its own; caches are throwaway folders.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaults } from '../src/config/defaults.js';
import type { ResolvedConfig } from '../src/config/types.js';
import { generateCards, type CardJob } from '../src/og/index.js';

const { values } = parseArgs({
  options: {
    cards: { type: 'string', default: '200' },
    only: { type: 'string' },
    workers: { type: 'string' },
    child: { type: 'string' },
  },
});
const count = Number(values.cards);
const poolSize = Number(values.workers ?? availableParallelism());

const subjects = ['OpenAI', 'Anthropic', 'Google DeepMind', 'ソフトバンク', 'NTT', 'Preferred Networks', '経済産業省', 'Sakana AI', 'NVIDIA', 'トヨタ'];
const actions = ['が新モデルを発表', 'が日本語特化の大規模言語モデルを公開', 'と提携し生成AIの業務活用を加速', 'がGPUクラスタへの巨額投資を表明', 'の研究チームが推論効率を10倍に改善', 'がAI規制に関するガイドライン案を公表'];
const tails = ['', '、企業向け提供も開始', '——業界への影響は', '。開発者向けAPIは来月から利用可能に', '、国内データセンターで学習した初のモデル 🚀', ' (Updated: benchmark results and pricing details for enterprise customers)', '、教育・医療・金融の三分野で実証実験へ。専門家は「日本のAI競争力を左右する転換点」と指摘'];
const categories = ['生成AI', '半導体', '政策・規制', '研究', null];

/** `n` varied titles: short, long (80+ characters), mixed Japanese/English, some emoji. */
function jobs(n: number): CardJob[] {
  return Array.from({ length: n }, (_, i) => ({
    file: `posts/bench-${i}.md`,
    outputPath: `og/bench/${i}.png`,
    title: `${subjects[i % subjects.length]}${actions[i % actions.length]}${tails[i % tails.length]} #${i}`,
    category: categories[i % categories.length] ?? null,
    dateLabel: `2025年${(i % 12) + 1}月${(i % 28) + 1}日`,
    author: i % 3 ? '編集部' : '山田太郎',
    siteName: 'AIニュース速報',
  }));
}

function config(cacheDir: string): ResolvedConfig {
  return {
    ...defaults,
    og: { ...defaults.og },
    root: process.cwd(),
    configFile: null,
    title: 'AIニュース速報',
    url: 'https://news.example.jp',
    postsDir: path.resolve('posts'),
    outDir: path.resolve('dist'),
    templatesDir: path.resolve('templates'),
    assetsDir: path.resolve('assets'),
    cacheDir,
    taxonomySlugs: null,
    check: { rules: {} },
    drafts: false,
    future: false,
    dev: false,
    now: new Date('2025-12-03T00:00:00Z'),
  };
}

/** Child: one generateCards call, reported as one JSON line. */
async function measure(cacheDir: string, workers: number): Promise<void> {
  const cpuBefore = process.cpuUsage();
  const result = await generateCards(jobs(count), { config: config(cacheDir), workers });
  const cpu = process.cpuUsage(cpuBefore);
  const pngs = result.files.filter((f) => f.path.endsWith('.png'));
  const bytes = pngs.reduce((sum, f) => sum + f.contents.length, 0);
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(JSON.stringify({ ...result.stats, cpuMs: (cpu.user + cpu.system) / 1000, avgKb: bytes / pngs.length / 1024, peakMb }));
}

/** Parent: a cold then a cached run of one configuration, each in its own process. */
async function phase(name: string, workers: number): Promise<void> {
  const cacheDir = await mkdtemp(path.join(tmpdir(), 'og-bench-'));
  try {
    for (const run of ['cold', 'cached']) {
      const args = [...process.execArgv, fileURLToPath(import.meta.url), '--child', cacheDir, '--workers', String(workers), '--cards', String(count)];
      const lines = execFileSync(process.execPath, args, { encoding: 'utf8' }).trim().split('\n');
      const r = JSON.parse(lines.at(-1) ?? '{}') as { generated: number; cached: number; ms: number; cpuMs: number; avgKb: number; peakMb: number };
      const cell = (n: number, digits: number, width: number) => n.toFixed(digits).padStart(width);
      console.log(
        `${name.padEnd(18)} ${run.padEnd(6)} ${cell(r.ms, 0, 7)} ms ${cell(r.ms / count, 2, 7)} ms/card ${cell((count / r.ms) * 1000, 1, 7)} cards/s  ` +
          `CPU ${cell(r.cpuMs / count, 2, 6)} ms/card  generated ${r.generated}, cached ${r.cached}  PNG ${cell(r.avgKb, 0, 2)} KB  peak RSS ${r.peakMb} MB`,
      );
    }
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
}

if (values.child) {
  await measure(values.child, poolSize);
} else {
  // Other processes on the machine skew wall times; the load average and CPU time per card say how much.
  console.log(`${count} cards, ${availableParallelism()} cores, Node ${process.version}, load average ${loadavg()[0]?.toFixed(2)}`);
  if (values.only !== 'pool') await phase('one thread (main)', 0);
  if (values.only !== 'main') await phase(`pool (${poolSize} workers)`, poolSize);
}
