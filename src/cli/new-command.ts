import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config/resolve-config.js';
import { displayPath } from '../util/display-path.js';
import { zonedParts, zoneOffsetMinutes } from '../util/timezone.js';
import { parseCommandArgs, UsageError } from './args.js';

/** What a new post starts with. */
export interface NewPost {
  title: string;
  /** ASCII slug for the file name and URL. */
  slug: string;
  date: Date;
  timeZone: string;
  categories: string[];
  tags: string[];
  author: string;
  draft: boolean;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2026-11-22 15:04:05 +0900`: the post's instant on the site's clock, with the offset. */
export function frontMatterDate(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  const offset = zoneOffsetMinutes(date, timeZone);
  const abs = Math.abs(offset);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)} ${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/**
 * A readable ASCII slug from the title's ASCII words, each once (`OpenAIがGPT-5を発表` →
 * `openai-gpt-5`, full-width letters included); when they are too few to say anything (`生成AIと著作権` has only
 * `ai`), a short unique one from the time: `post-` + base 36 milliseconds.
 */
export function slugFromTitle(title: string, now: Date): string {
  const words = new Set(title.normalize('NFKC').toLowerCase().match(/[a-z0-9]+/g) ?? []);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > 60) break;
    slug = next;
  }
  return slug.length >= 3 && /[a-z]/.test(slug) ? slug : `post-${now.getTime().toString(36)}`;
}

/** A hand-given slug must be ASCII letters, digits and single hyphens, so every host serves it. */
export function isValidSlug(slug: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/i.test(slug);
}

/** YAML double-quoted scalars accept JSON strings: every title survives `:`, `#`, quotes and `[`. */
const quote = (s: string) => JSON.stringify(s);

/** The new file's text: Jekyll-style front matter, then an empty body. */
export function newPostText(post: NewPost): string {
  const lines = [
    '---',
    'layout: post',
    `title: ${quote(post.title)}`,
    `date: ${frontMatterDate(post.date, post.timeZone)}`,
    `categories: [${post.categories.map(quote).join(', ')}]`,
    `tags: [${post.tags.map(quote).join(', ')}]`,
    `author: ${quote(post.author)}`,
    ...(post.draft ? ['draft: true'] : []),
    '---',
    '',
    '',
  ];
  return lines.join('\n');
}

/** Writes `YYYY-MM-DD-slug.md` in `postsDir`, or `-2`, `-3`… when taken; never overwrites. Returns the path. */
export async function writeNewPost(postsDir: string, post: NewPost): Promise<string> {
  const p = zonedParts(post.date, post.timeZone);
  const stem = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}-${post.slug}`;
  await mkdir(postsDir, { recursive: true });
  const text = newPostText(post);
  for (let n = 1; ; n++) {
    const file = path.join(postsDir, `${stem}${n === 1 ? '' : `-${n}`}.md`);
    try {
      // `wx` fails when the file exists, so two `npm run new` at once cannot overwrite each other.
      await writeFile(file, text, { flag: 'wx' });
      return file;
    } catch (e) {
      if (!(typeof e === 'object' && e !== null && 'code' in e && e.code === 'EEXIST')) throw e;
    }
  }
}

/** Splits `a,b` (or `a、b`) lists, trims, drops empties and repeats. */
function names(values: ReadonlyArray<string | boolean> | undefined): string[] {
  const all = (values ?? []).flatMap((v) => (typeof v === 'string' ? v.split(/[,、，]/) : [])).map((s) => s.trim());
  return [...new Set(all.filter((s) => s.length > 0))];
}

/** `new "タイトル"`: writes a new post with front matter in the posts folder and prints its path. */
export async function newCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      slug: { type: 'string' },
      category: { type: 'string', multiple: true },
      tags: { type: 'string', multiple: true },
      draft: { type: 'boolean' },
    },
    true,
  );
  if (values.help) {
    process.stdout.write(NEW_HELP);
    return 0;
  }
  const title = positionals.join(' ').trim();
  if (!title) throw new UsageError('Give the post a title: npm run new -- "タイトル"');
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const given = str(values.slug);
  if (given !== undefined && !isValidSlug(given)) throw new UsageError(`--slug must be ASCII letters, digits and hyphens (like "openai-devday"), got "${given}"`);
  const posts = str(values.posts);
  const config = await loadConfig(str(values.config), posts ? { postsDir: posts } : {});
  const now = new Date();
  const file = await writeNewPost(config.postsDir, {
    title,
    slug: given?.toLowerCase() ?? slugFromTitle(title, now),
    date: now,
    timeZone: config.timezone,
    categories: names(values.category),
    tags: names(values.tags),
    author: config.author,
    draft: values.draft === true,
  });
  process.stdout.write(`${displayPath(file)}\n`);
  return 0;
}

const NEW_HELP = `Usage: npm run new -- "タイトル" [options]

Writes posts/YYYY-MM-DD-slug.md with front matter (title, date now in the site's time zone,
categories, tags, author) and prints its path. An existing file is never overwritten.

  --slug SLUG         ASCII slug for the file name and URL (default: the title's ASCII
                      words, or post-<time> when it has too few)
  --category NAME     category; repeat it or separate names with commas
  --tags A,B          tags, separated with commas
  --draft             mark the post as a draft (draft: true)
  --posts DIR         write into DIR instead of the posts folder
  --config FILE       use FILE instead of site.config.ts
  -h, --help          show this help
`;
