/** A post as read from disk and validated: everything later stages need, nothing rendered yet. */
export interface SourcePost {
  /** Path shown in messages (relative to the working folder when inside it). */
  file: string;
  /** Absolute path on disk. */
  absPath: string;
  /** File name without folder, e.g. `2025-12-02-code-red.md`. */
  fileName: string;
  /** Slug from the file name (may be Japanese or hold spaces, `#`, `?`, `%`, `&`), not yet URL-encoded. */
  slug: string;
  /** Publication instant. */
  date: Date;
  /** Last update instant (`updated` or `last_modified_at`), or null. */
  updated: Date | null;
  title: string;
  categories: string[];
  tags: string[];
  author: string;
  /** Front matter `excerpt`, or null to derive one from the body. */
  excerpt: string | null;
  /** Front matter `description`, or null. */
  description: string | null;
  /** Front matter `image` (site path or URL), or null. */
  image: string | null;
  /** Front matter `permalink`, or null to use the site pattern. */
  permalink: string | null;
  /** Template to use, `post` by default. */
  layout: string;
  /** `draft: true` or `published: false`. */
  draft: boolean;
  /** Front matter `reading_time` in minutes, or null to compute. */
  readingTime: number | null;
  /** Every front matter key, including unknown ones, for templates. */
  data: Record<string, unknown>;
  /** Markdown body, BOM removed, line endings normalised to `\n`. */
  body: string;
  /** The file's text before the body (front matter block, or an inferred title line): `head + body` is the whole file. */
  head: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  /** 1-based line of each top-level front matter key, so later stages can point at `tags:` etc. */
  keyLines: Record<string, number>;
  /** Hash of the file's bytes: the key of the render cache. */
  hash: string;
}
