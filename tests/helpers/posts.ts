import type { SourcePost } from '../../src/load/types.js';

/** A valid SourcePost with only what a test cares about set; the rest neutral. */
export function sourcePost(fields: Partial<SourcePost> = {}): SourcePost {
  const slug = fields.slug ?? 'test';
  return {
    file: `posts/2025-12-02-${slug}.md`,
    absPath: `/blog/posts/2025-12-02-${slug}.md`,
    fileName: `2025-12-02-${slug}.md`,
    slug,
    date: new Date('2025-12-02T11:39:12Z'),
    updated: null,
    title: 'テスト記事',
    categories: [],
    tags: [],
    author: '編集部',
    excerpt: null,
    description: null,
    image: null,
    permalink: null,
    layout: 'post',
    draft: false,
    readingTime: null,
    data: {},
    body: '本文です。',
    head: '---\ntitle: テスト記事\ndate: 2025-12-02 20:39:12 +0900\n---\n',
    bodyLine: 5,
    keyLines: {},
    hash: `hash-${slug}`,
    ...fields,
  };
}
