import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { isValidTimeZone } from '../util/timezone.js';
import { defaults } from './defaults.js';
import type { ResolvedConfig, UserConfig } from './types.js';

/** Settings that come from the command line rather than the config file. */
export interface ConfigOverrides {
  /** Posts folder, relative to the working folder. */
  postsDir?: string;
  /** Output folder, relative to the working folder. */
  outDir?: string;
  /** Cache folder, relative to the working folder. */
  cacheDir?: string;
  drafts?: boolean;
  future?: boolean;
  dev?: boolean;
  now?: Date;
}

/** A config problem, reported like any other message. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly note: string,
  ) {
    super(message);
  }
}

const userConfigSchema = z.object({
  title: z.string().min(1),
  description: z.string().optional(),
  url: z.url({ protocol: /^https?$/ }),
  basePath: z.string().optional(),
  lang: z.string().optional(),
  locale: z.string().optional(),
  timezone: z.string().refine(isValidTimeZone, 'is not a time zone this Node.js knows (try "Asia/Tokyo")').optional(),
  permalink: z.string().startsWith('/').optional(),
  postsPerPage: z.number().int().positive().optional(),
  author: z.string().optional(),
  postsDir: z.string().optional(),
  outDir: z.string().optional(),
  templatesDir: z.string().optional(),
  assetsDir: z.string().optional(),
  cacheDir: z.string().optional(),
  taxonomySlugs: z.record(z.string(), z.string().regex(/^[a-z0-9][a-z0-9._-]*$/i, 'slugs must be ASCII letters, digits, "-", "_" or "."')).optional(),
  feedLimit: z.number().int().positive().optional(),
  og: z.object({ background: z.string(), foreground: z.string(), accent: z.string(), logo: z.string().nullable() }).partial().optional(),
  check: z.object({ rules: z.record(z.string(), z.enum(['off', 'warning', 'error'])).optional() }).optional(),
});

/** `/`, `/blog/`: always a leading and a trailing slash. */
export function normalizeBasePath(basePath: string): string {
  const trimmed = basePath.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Applies defaults and overrides to a user config: the only place defaults are filled in. */
export function resolveConfig(user: UserConfig, root: string, configFile: string | null, overrides: ConfigOverrides = {}): ResolvedConfig {
  const checked = userConfigSchema.safeParse(user);
  if (!checked.success) {
    const problems = checked.error.issues.map((i) => `${i.path.join('.') || '(config)'} ${i.message}`).join('; ');
    throw new ConfigError(configFile ?? 'site.config.ts', `Site config is invalid: ${problems}`, 'Fix these fields in site.config.ts; the README lists every field.');
  }
  const fromRoot = (p: string) => path.resolve(root, p);
  const fromCwd = (p: string) => path.resolve(process.cwd(), p);
  return {
    root,
    configFile,
    title: user.title,
    description: user.description ?? defaults.description,
    url: user.url.replace(/\/+$/, ''),
    basePath: normalizeBasePath(user.basePath ?? defaults.basePath),
    lang: user.lang ?? defaults.lang,
    locale: user.locale ?? defaults.locale,
    timezone: user.timezone ?? defaults.timezone,
    permalink: user.permalink ?? defaults.permalink,
    postsPerPage: user.postsPerPage ?? defaults.postsPerPage,
    author: user.author ?? defaults.author,
    postsDir: overrides.postsDir ? fromCwd(overrides.postsDir) : fromRoot(user.postsDir ?? defaults.postsDir),
    outDir: overrides.outDir ? fromCwd(overrides.outDir) : fromRoot(user.outDir ?? defaults.outDir),
    templatesDir: fromRoot(user.templatesDir ?? defaults.templatesDir),
    assetsDir: fromRoot(user.assetsDir ?? defaults.assetsDir),
    cacheDir: overrides.cacheDir ? fromCwd(overrides.cacheDir) : fromRoot(user.cacheDir ?? defaults.cacheDir),
    taxonomySlugs: user.taxonomySlugs ?? null,
    feedLimit: user.feedLimit ?? defaults.feedLimit,
    og: { ...defaults.og, ...user.og, logo: user.og?.logo ? fromRoot(user.og.logo) : null },
    check: { rules: { ...user.check?.rules } },
    drafts: overrides.drafts ?? false,
    future: overrides.future ?? false,
    dev: overrides.dev ?? false,
    now: overrides.now ?? new Date(),
  };
}

/** Loads `site.config.ts` (or the given file) and resolves it. */
export async function loadConfig(configPath: string | undefined, overrides: ConfigOverrides = {}): Promise<ResolvedConfig> {
  const file = path.resolve(configPath ?? 'site.config.ts');
  if (!existsSync(file)) {
    throw new ConfigError(file, `Config file ${file} does not exist`, 'Run from the blog folder, or pass --config path/to/site.config.ts.');
  }
  let mod: { default?: UserConfig };
  try {
    mod = (await import(pathToFileURL(file).href)) as { default?: UserConfig };
  } catch (e) {
    throw new ConfigError(file, `Config file could not be loaded: ${e instanceof Error ? e.message : String(e)}`, 'Fix the error in the config file; it must `export default defineConfig({ … })`.');
  }
  if (!mod.default) throw new ConfigError(file, 'Config file has no default export', 'End it with `export default defineConfig({ … })`.');
  return resolveConfig(mod.default, path.dirname(file), file, overrides);
}
