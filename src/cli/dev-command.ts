import { startDevServer } from '../dev/dev-server.js';
import { isLoopbackAddress } from '../dev/host-check.js';
import { intFlag, parseCommandArgs, UsageError } from './args.js';

/** `dev`: builds with drafts and future posts, serves from memory with live reload, rebuilds on save; runs until Ctrl-C. */
export async function devCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, {
    port: { type: 'string' },
    host: { type: 'string' },
    workers: { type: 'string' },
    verbose: { type: 'boolean' },
  });
  if (values.help) {
    process.stdout.write(DEV_HELP);
    return 0;
  }
  const str = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined);
  const port = intFlag('port', values.port) ?? 4000;
  if (port > 65535) throw new UsageError(`--port expects a port number up to 65535, got "${port}"`);
  const host = str(values.host) ?? '127.0.0.1';
  const workers = intFlag('workers', values.workers);
  const posts = str(values.posts);
  const config = str(values.config);

  const onListen = (url: string) => {
    process.stdout.write(`\n  Serving at ${url}  (Ctrl-C to stop)\n`);
    if (!isLoopbackAddress(host)) process.stdout.write(`  Listening on ${host}: other machines can open drafts and unpublished posts.\n`);
    process.stdout.write('  Drafts and future posts are included; OG card images are not drawn in dev (npm run build draws them).\n\n');
  };
  let server;
  try {
    server = await startDevServer({ host, port, onListen, ...(posts ? { postsDir: posts } : {}), ...(config ? { configPath: config } : {}), ...(workers === undefined ? {} : { workers }), verbose: values.verbose === true });
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? e.code : undefined;
    if (code === 'EADDRINUSE') throw new UsageError(`Port ${port} on ${host} is in use (another dev server?). Pass --port with another number.`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new UsageError(`Cannot listen on --host ${host}: no such address on this machine.`);
    throw e;
  }

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  process.stdout.write('\nStopping…\n');
  await server.close();
  return 0;
}

const DEV_HELP = `Usage: npm run dev -- [options]

Builds the blog with drafts and future posts, serves it from memory and rebuilds what each
saved file affects; open pages reload by themselves, and build errors show in the browser.

  --port N         port to listen on (default 4000; 0 picks a free one)
  --host ADDR      address to listen on (default 127.0.0.1, this machine only);
                   another address lets other machines see drafts
  --posts DIR      serve the posts in DIR instead of posts/ (e.g. a Jekyll _posts folder)
  --config FILE    use FILE instead of site.config.ts
  --workers N      render threads (0 = none; default: one per core)
  --verbose        print the time of each build step after every build
  -h, --help       show this help

Watches posts/, templates/, assets/ and site.config.ts. Exit codes: 0 stopped, 2 usage or config error.
`;
