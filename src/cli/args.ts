import { parseArgs } from 'node:util';

/** A command-line mistake: reported with the usage text, exit code 2. */
export class UsageError extends Error {}

/** Flags every command shares. */
export const commonOptions = {
  config: { type: 'string' },
  posts: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/** Parses argv for one command, turning node's errors into UsageError. */
export function parseCommandArgs<T extends Options>(argv: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options: { ...commonOptions, ...options }, allowPositionals, strict: true });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

/** A whole-number flag value, or a UsageError naming the flag. */
export function intFlag(name: string, value: string | boolean | undefined): number | undefined {
  if (value === undefined || typeof value === 'boolean') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} expects a whole number, got "${value}"`);
  return n;
}
