/**
 * `npm run lighthouse`: a Lighthouse run on a post page of the built site, served by the
 * preview server, in Debian's Chromium. A report, not a test: scores move a little from run to
 * run, so it prints the four scores and what costs points, and fails only when it cannot run.
 *
 * Lighthouse is not a dependency (it brings ~100 packages, Sentry and Puppeteer among them):
 * `npx --yes lighthouse@VERSION` installs it into npm's cache on first use.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config/resolve-config.js';
import { startPreview } from '../src/preview/preview-server.js';
import { displayPath } from '../src/util/display-path.js';

/** The last Lighthouse release that runs on Node 20 (13.x needs Node 22.19). */
const LIGHTHOUSE = 'lighthouse@12.8.2';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** Scores below this are explained audit by audit. */
const TARGET = 95;

interface Audit {
  id: string;
  title: string;
  description: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
}
interface Report {
  finalDisplayedUrl: string;
  runWarnings: string[];
  audits: Record<string, Audit>;
  categories: Record<string, { title: string; score: number | null; auditRefs: Array<{ id: string; weight: number }> }>;
}

const HELP = `Usage: npm run lighthouse -- [options]

Runs Lighthouse on a post page of the built site (build first: npm run build) through the
preview server, in headless Chromium, and prints the Performance, Accessibility, Best
Practices and SEO scores with every audit that costs points. Lighthouse (${LIGHTHOUSE}) is
fetched with npx on first use. Reports are kept in .cache/lighthouse/.

  --out DIR        the built site (default: the config's outDir, dist/)
  --page PATH      the page to test, e.g. /2026/03/10/生成AIと著作権/ (default: the newest post)
  --desktop        desktop settings instead of a throttled phone
  --chrome PATH    the browser (default: $CHROMIUM_PATH or /usr/bin/chromium)
  -h, --help       show this help
`;

/** The newest post page of a built site: the HTML file with the latest article:published_time. */
function newestPost(outDir: string): string | null {
  let best: { time: string; file: string } | null = null;
  for (const entry of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('index.html')) continue;
    const html = readFileSync(path.join(outDir, entry), 'utf8');
    const time = /<meta property="article:published_time" content="([^"]+)"/.exec(html)?.[1];
    if (time && (!best || Date.parse(time) > Date.parse(best.time) || (time === best.time && entry < best.file))) best = { time, file: entry };
  }
  if (!best) return null;
  return `/${best.file.split(path.sep).slice(0, -1).join('/')}/`;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, page: { type: 'string' }, desktop: { type: 'boolean' }, chrome: { type: 'string' }, config: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const config = await loadConfig(values.config, values.out ? { outDir: values.out } : {});
  const chrome = values.chrome ?? (process.env['CHROMIUM_PATH'] || '/usr/bin/chromium');
  if (!existsSync(path.join(config.outDir, 'index.html'))) {
    process.stderr.write(`Nothing to test: ${displayPath(config.outDir)}/index.html does not exist. Run \`npm run build\` first.\n`);
    return 1;
  }
  if (!existsSync(chrome)) {
    process.stderr.write(`No browser at ${chrome}: install Chromium (apt-get install chromium) or pass --chrome PATH.\n`);
    return 1;
  }
  const page = values.page ?? newestPost(config.outDir);
  if (!page) {
    process.stderr.write(`No post page found in ${displayPath(config.outDir)}: pass --page /path/to/a/post/.\n`);
    return 1;
  }

  const reportDir = path.join(config.cacheDir, 'lighthouse');
  mkdirSync(reportDir, { recursive: true });
  const reportBase = path.join(reportDir, 'report');
  const preview = await startPreview({ root: config.outDir, basePath: config.basePath, port: 0 });
  const url = new URL(encodeURI(page.replace(/^\//, '')), preview.url).href;
  process.stdout.write(`Lighthouse (${values.desktop ? 'desktop' : 'mobile, throttled'}) on ${decodeURI(url)}\n`);
  let code: number;
  try {
    const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
    code = await run(
      'npx',
      [
        '--yes',
        LIGHTHOUSE,
        url,
        '--quiet',
        `--chrome-path=${chrome}`,
        `--chrome-flags=${flags.join(' ')}`,
        '--output=json',
        '--output=html',
        `--output-path=${reportBase}`,
        ...(values.desktop ? ['--preset=desktop'] : []),
      ],
      { ...process.env, CHROME_PATH: chrome },
    );
  } finally {
    await preview.close();
  }
  if (code !== 0 || !existsSync(`${reportBase}.report.json`)) {
    process.stderr.write(`Lighthouse did not finish (exit ${code}).\n`);
    return 1;
  }
  printSummary(JSON.parse(readFileSync(`${reportBase}.report.json`, 'utf8')) as Report);
  process.stdout.write(`\nFull report: ${displayPath(`${reportBase}.report.html`)}\n`);
  return 0;
}

/** The four scores, then, for each category under the target, the audits that cost points. */
function printSummary(report: Report): void {
  const lines: string[] = [''];
  for (const id of CATEGORIES) {
    const c = report.categories[id];
    if (c) lines.push(`${c.title.padEnd(16)} ${c.score === null ? '—' : Math.round(c.score * 100)}`);
  }
  for (const id of CATEGORIES) {
    const c = report.categories[id];
    if (!c || c.score === null) continue;
    const failing = c.auditRefs
      .map((ref) => ({ ref, audit: report.audits[ref.id] }))
      .filter(({ audit }) => audit && audit.scoreDisplayMode !== 'notApplicable' && audit.scoreDisplayMode !== 'manual' && audit.scoreDisplayMode !== 'informative' && audit.score !== null && audit.score < 1)
      .sort((a, b) => b.ref.weight * (1 - (b.audit?.score ?? 1)) - a.ref.weight * (1 - (a.audit?.score ?? 1)));
    if (failing.length === 0) continue;
    const score = Math.round(c.score * 100);
    lines.push('', `${c.title} ${score}${score < TARGET ? ` (below ${TARGET})` : ''}: audits that cost points`);
    for (const { ref, audit } of failing) {
      if (!audit) continue;
      const value = audit.displayValue ? ` (${audit.displayValue})` : '';
      const weight = ref.weight > 0 ? `weight ${ref.weight}` : 'not scored';
      lines.push(`  - ${audit.title}${value}, score ${Math.round((audit.score ?? 0) * 100)}, ${weight}`);
      // Lighthouse's own explanation, without its "Learn more" link.
      lines.push(`    ${audit.description.replace(/\s*\[Learn[^\]]*\]\([^)]*\)\.?/g, '').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').trim()}`);
    }
  }
  if (report.runWarnings.length > 0) lines.push('', 'Warnings:', ...report.runWarnings.map((w) => `  - ${w}`));
  process.stdout.write(lines.join('\n') + '\n');
}

process.exitCode = await main();
