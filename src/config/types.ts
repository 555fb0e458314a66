/** Levels a content-check rule can be set to in `check.rules`. */
export type RuleLevel = 'off' | 'warning' | 'error';

/** What an editor writes in `site.config.ts`; everything but `title` and `url` has a default. */
export interface UserConfig {
  /** Site name, shown in the header, `<title>` and on OG cards. */
  title: string;
  /** One-sentence description for the home page meta description and feeds. */
  description?: string;
  /** Absolute origin the site is served from, e.g. `https://news.example.jp` (no path). */
  url: string;
  /** Sub-path the site lives under (`/blog/` for GitHub project pages); `/` by default. */
  basePath?: string;
  /** Content language for `<html lang>`; `ja` by default. */
  lang?: string;
  /** Open Graph locale; `ja_JP` by default. */
  locale?: string;
  /** IANA time zone that decides the day of a post in URLs and on pages; `Asia/Tokyo` by default. */
  timezone?: string;
  /** Post URL pattern: `:year :month :day :slug :title :categories :hour :minute :second`. */
  permalink?: string;
  /** Posts per home, tag and category page. */
  postsPerPage?: number;
  /** Author used when a post names none. */
  author?: string;
  /** Folder of posts, relative to the config file. */
  postsDir?: string;
  /** Output folder, relative to the config file. */
  outDir?: string;
  /** Folder of page and card templates, relative to the config file. */
  templatesDir?: string;
  /** Folder copied as-is into the output, relative to the config file. */
  assetsDir?: string;
  /** Cache folder for rendered posts and OG cards. */
  cacheDir?: string;
  /** Optional ASCII slugs for tag and category names (`{ "生成AI": "generative-ai" }`); when given, every name needs one. */
  taxonomySlugs?: Record<string, string>;
  /** Number of posts in `/feed.xml` and `/rss.xml`. */
  feedLimit?: number;
  /** OG card colours and logo. */
  og?: Partial<OgConfig>;
  /** Content-check rule levels by rule id, e.g. `{ 'generation-marker': 'off' }`. */
  check?: { rules?: Record<string, RuleLevel> };
}

/** Colours and logo of the Open Graph card. */
export interface OgConfig {
  /** Card background colour. */
  background: string;
  /** Title and text colour. */
  foreground: string;
  /** Accent colour (category label, rule). */
  accent: string;
  /** Optional logo file (PNG or SVG), relative to the config file. */
  logo: string | null;
}

/** The config every stage sees: all defaults applied, every path absolute. */
export interface ResolvedConfig {
  /** Folder the config file lives in; relative paths resolve from here. */
  root: string;
  /** The config file that was loaded, or null when defaults were used. */
  configFile: string | null;
  title: string;
  description: string;
  /** Origin without trailing slash, e.g. `https://news.example.jp`. */
  url: string;
  /** Always starts and ends with `/`. */
  basePath: string;
  lang: string;
  locale: string;
  timezone: string;
  permalink: string;
  postsPerPage: number;
  author: string;
  postsDir: string;
  outDir: string;
  templatesDir: string;
  assetsDir: string;
  cacheDir: string;
  taxonomySlugs: Record<string, string> | null;
  feedLimit: number;
  og: OgConfig;
  check: { rules: Record<string, RuleLevel> };
  /** Include drafts (`--drafts`, dev server). */
  drafts: boolean;
  /** Include posts dated after now (`--future`, dev server). */
  future: boolean;
  /** Dev server: mark drafts and future posts, inject live reload. */
  dev: boolean;
  /** "Now" for deciding future posts; fixed in tests. */
  now: Date;
}
