import { runCheck } from '../check/command.js';
import { loadConfig } from '../config/resolve-config.js';
import { parseCommandArgs, UsageError } from './args.js';

/** `check`: runs the content rules on every post; exit 1 on errors (or, with --strict, on warnings). */
export async function checkCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, {
    strict: { type: 'boolean' },
    fix: { type: 'boolean' },
    format: { type: 'string' },
  });
  if (values.help) {
    process.stdout.write(CHECK_HELP);
    return 0;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format expects "text" or "json", got "${String(format)}"`);
  const posts = typeof values.posts === 'string' ? values.posts : undefined;
  const config = await loadConfig(typeof values.config === 'string' ? values.config : undefined, posts ? { postsDir: posts } : {});
  const result = await runCheck({ config, strict: values.strict === true, format, fix: values.fix === true });
  process.stdout.write(result.output + '\n');
  return result.exitCode;
}

const CHECK_HELP = `Usage: npm run check -- [options]

Checks every post (drafts and future posts too) for what breaks a post before readers see it:
AI-drafting leftovers, Markdown accidents, dead links, missing images, front matter problems.
Every rule is listed in src/check/README.md.

  --posts DIR      check the posts in DIR instead of posts/
  --config FILE    use FILE instead of site.config.ts
  --strict         exit 1 on warnings too (for CI)
  --format json    machine-readable output
  --fix            apply safe fixes (marker lines and their exact repeats, full-width tags);
                   the original is kept next to each changed file as .orig
  -h, --help       show this help

Exit codes: 0 no errors, 1 errors (or warnings with --strict), 2 usage error.
`;
