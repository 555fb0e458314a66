import { z } from 'zod';

// YAML's core schema turns `title: 2025` into a number; a title is still text.
const text = z.union([z.string(), z.number()]).transform((v) => String(v));

// Jekyll reads categories and tags as a list or as a whitespace-separated string.
const nameList = z
  .union([z.array(z.union([z.string(), z.number()])), z.string(), z.null()])
  .transform((v): string[] => {
    if (v === null) return [];
    const items = Array.isArray(v) ? v.map(String) : v.split(/\s+/);
    return items.map((s) => s.trim()).filter((s) => s.length > 0);
  });

/** Known front matter keys with their types; unknown keys pass through for templates. */
export const frontMatterSchema = z
  .object({
    title: text.optional(),
    date: text.optional(),
    updated: text.optional(),
    last_modified_at: text.optional(),
    categories: nameList.optional(),
    category: nameList.optional(),
    tags: nameList.optional(),
    author: text.optional(),
    excerpt: text.optional(),
    description: text.optional(),
    image: text.optional(),
    permalink: text.optional(),
    layout: z.string().optional(),
    reading_time: z.number().positive().optional(),
    draft: z.boolean().optional(),
    published: z.boolean().optional(),
  })
  .loose();

/** Front matter after schema validation. */
export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** Plain-language name of what a key expects, for messages. */
export const expected: Record<string, string> = {
  title: 'a text',
  date: 'a date such as 2025-12-02 20:39:12 +0900',
  updated: 'a date such as 2025-12-02 20:39:12 +0900',
  last_modified_at: 'a date such as 2025-12-02 20:39:12 +0900',
  categories: 'a list such as ["技術解説", "AI"] or a space-separated text',
  category: 'a text',
  tags: 'a list such as ["OpenAI", "生成AI"] or a space-separated text',
  author: 'a text',
  excerpt: 'a text',
  description: 'a text',
  image: 'a path such as /assets/images/posts/x.png',
  permalink: 'a path such as /news/my-post/',
  layout: 'a template name such as post',
  reading_time: 'a positive number of minutes',
  draft: 'true or false',
  published: 'true or false',
};
