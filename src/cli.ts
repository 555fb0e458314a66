import { ConfigError } from './config/resolve-config.js';
import { buildCommand } from './cli/build-command.js';
import { checkCommand } from './cli/check-command.js';
import { devCommand } from './cli/dev-command.js';
import { newCommand } from './cli/new-command.js';
import { previewCommand } from './cli/preview-command.js';
import { UsageError } from './cli/args.js';

/** Commands by name; each returns its exit code. */
const commands: Record<string, (argv: string[]) => Promise<number>> = {
  build: buildCommand,
  check: checkCommand,
  dev: devCommand,
  new: newCommand,
  preview: previewCommand,
};

const USAGE = `Usage: npm run <command> -- [options]

Commands:
  build    build the blog into dist/
  check    check posts for drafting leftovers, Markdown accidents, dead links
  dev      preview server with live reload (http://127.0.0.1:4000/)
  new      create a post: npm run new -- "タイトル"
  preview  serve dist/ as a static host would
Run a command with --help for its options.
`;

/** argv → command → exit code: 0 success, 1 content errors, 2 usage or config errors. */
async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    const asked = name === '--help' || name === '-h';
    process.stderr.write(name && !asked ? `Unknown command "${name}".\n\n${USAGE}` : USAGE);
    return asked ? 0 : 2;
  }
  try {
    return await command(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\nRun with --help for the options.\n`);
      return 2;
    }
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.file}\n  error  ${e.message}\n    hint: ${e.note}\n`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = await main(process.argv.slice(2));
