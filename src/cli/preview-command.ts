import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config/resolve-config.js';
import { DEFAULT_PREVIEW_PORT, startPreview } from '../preview/preview-server.js';
import { displayPath } from '../util/display-path.js';
import { intFlag, parseCommandArgs, UsageError } from './args.js';

/** `preview`: serves the built site exactly as a static host would, until Ctrl-C. */
export async function previewCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, {
    out: { type: 'string' },
    host: { type: 'string' },
    port: { type: 'string' },
  });
  if (values.help) {
    process.stdout.write(PREVIEW_HELP);
    return 0;
  }
  const str = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined);
  const out = str(values.out);
  const config = await loadConfig(str(values.config), out ? { outDir: out } : {});
  if (!existsSync(path.join(config.outDir, 'index.html'))) {
    process.stderr.write(`Nothing to preview: ${displayPath(config.outDir)}/index.html does not exist.\n  Run \`npm run build\` first (or pass --out DIR for a site built elsewhere).\n`);
    return 1;
  }
  const port = intFlag('port', values.port) ?? DEFAULT_PREVIEW_PORT;
  if (port > 65535) throw new UsageError(`--port expects a port number up to 65535, got "${String(values.port)}"`);
  const host = str(values.host) ?? '127.0.0.1';

  let preview;
  try {
    preview = await startPreview({ root: config.outDir, basePath: config.basePath, host, port });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`Port ${port} on ${host} is in use. Pass --port N, or --port 0 for any free port.`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new UsageError(`Cannot listen on host "${host}": it is not an address of this machine.`);
    throw e;
  }
  process.stdout.write(`Previewing ${displayPath(config.outDir)} at ${preview.url}\n  Static files only, as a host serves them: rebuild with \`npm run build\` and reload. Ctrl-C stops.\n`);

  const running = preview;
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void running.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
}

const PREVIEW_HELP = `Usage: npm run preview -- [options]

Serves the built site (dist/ by default) exactly as a static host would, for a last look
before deploying: plain files, /path → /path/ redirects, 404.html with status 404,
utf-8 content types and the security headers of docs/deploy.md. No live reload.
Build first with \`npm run build\`. The site is served under the config's basePath.

  --out DIR        serve DIR instead of the config's output folder
  --config FILE    use FILE instead of site.config.ts (for outDir and basePath)
  --host HOST      listen on HOST (default 127.0.0.1, this machine only; 0.0.0.0 for the network)
  --port N         listen on port N (default ${DEFAULT_PREVIEW_PORT}; 0 for any free port)
  -h, --help       show this help
`;
