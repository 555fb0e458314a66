import { Feed } from 'feed';
import type { OutputFile } from '../build/output-file.js';
import type { IndexedPost, SiteIndex } from '../collect/site-index.js';
import type { SiteContext } from '../pages/types.js';
import { feedContent } from './feed-content.js';

/** Site path of the Atom feed: where jekyll-feed put it, so subscribers keep their feed. */
export const ATOM_PATH = '/feed.xml';
/** Site path of the RSS 2.0 feed. */
export const RSS_PATH = '/rss.xml';

/** The Atom feed path of a category, e.g. `/categories/技術解説/feed.xml`. */
export function categoryFeedPath(categoryPath: string): string {
  return `${categoryPath}feed.xml`;
}

function makeFeed(site: SiteContext, posts: readonly IndexedPost[], title: string, selfPath: string, rssPath: string | null): Feed {
  const { config } = site;
  const updated = posts.reduce((max, p) => Math.max(max, (p.source.updated ?? p.source.date).getTime()), 0);
  const feed = new Feed({
    id: site.abs('/'),
    title,
    description: config.description,
    link: site.abs('/'),
    language: config.lang,
    updated: new Date(updated),
    generator: 'kotoba-press',
    feedLinks: { atom: site.abs(selfPath), ...(rssPath ? { rss: site.abs(rssPath) } : {}) },
    copyright: `© ${config.title}`,
    author: { name: config.title, link: site.abs('/') },
  });
  for (const post of posts) {
    const s = post.source;
    feed.addItem({
      title: s.title,
      id: site.abs(post.path),
      link: site.abs(post.path),
      description: post.description,
      content: feedContent(post.body.html, config),
      author: [{ name: s.author }],
      date: s.updated ?? s.date,
      published: s.date,
      // A name used as both a category and a tag is one feed category.
      category: [...new Set([...post.categories, ...post.tags].map((t) => t.name))].map((name) => ({ name, term: name })),
      ...(post.image.path ? { image: /^https?:/i.test(post.image.path) ? post.image.path : site.abs(post.image.path) } : {}),
    });
  }
  return feed;
}

/** Atom at `/feed.xml`, RSS 2.0 at `/rss.xml` (latest posts, full content), and an Atom feed per category. */
export function buildFeeds(site: SiteContext, index: SiteIndex): OutputFile[] {
  const { config } = site;
  const latest = index.posts.slice(0, config.feedLimit);
  const main = makeFeed(site, latest, config.title, ATOM_PATH, RSS_PATH);
  const files: OutputFile[] = [
    { path: ATOM_PATH.slice(1), contents: main.atom1() },
    { path: RSS_PATH.slice(1), contents: main.rss2() },
  ];
  for (const category of index.categories.terms) {
    const posts = category.posts.slice(0, config.feedLimit).map((i) => index.posts[i] as IndexedPost);
    const path = categoryFeedPath(category.path);
    files.push({ path: path.slice(1), contents: makeFeed(site, posts, `${category.name} | ${config.title}`, path, null).atom1() });
  }
  return files;
}
