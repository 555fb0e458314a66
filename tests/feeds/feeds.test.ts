import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../../src/build/index.js';
import { SITE_URL } from '../helpers/config.js';
import { linkTargets, parsePage } from '../helpers/html.js';
import { buildSite, siteConfig, textOf } from '../helpers/site.js';
import { useTempDirs, writeFiles } from '../helpers/temp.js';
import { parseXml, textOfNode, type AtomFeed, type RssFeed } from '../helpers/xml.js';

const tempDir = useTempDirs('feeds');

const NEWEST = ['企業の生成AI導入調査2026：利用率は6割に', '国産オープンモデルが公開、日本語性能で海外勢に並ぶ', '「AI」と"引用符" & 記号\u2028を含むタイトル', '</script><script>alert(1)</script>'];

describe.each(['/', '/blog/'])('feeds of the fixture blog with basePath %s', (basePath) => {
  let result: BuildResult;
  const base = SITE_URL + basePath;

  beforeAll(async () => {
    result = await buildSite(siteConfig({ basePath }));
  });

  it('writes /feed.xml as well-formed Atom with the latest posts, newest first', () => {
    const entries = parseXml<AtomFeed>(textOf(result, 'feed.xml')).feed.entry;
    expect(entries).toHaveLength(8);
    expect(entries.slice(0, 4).map((e) => textOfNode(e.title))).toEqual(NEWEST);
  });

  it('writes /rss.xml as well-formed RSS 2.0 with the same posts', () => {
    const items = parseXml<RssFeed>(textOf(result, 'rss.xml')).rss.channel.item;
    expect(items.slice(0, 4).map((i) => textOfNode(i.title))).toEqual(NEWEST);
    expect(items).toHaveLength(8);
  });

  it('gives every entry an absolute link under the base path, to a page that exists', () => {
    const files = new Set(result.files.map((f) => f.path));
    const entries = parseXml<AtomFeed>(textOf(result, 'feed.xml')).feed.entry;
    const items = parseXml<RssFeed>(textOf(result, 'rss.xml')).rss.channel.item;
    const links = [...entries.map((e) => e.link.find((l) => !l['@rel'])?.['@href'] ?? ''), ...items.map((i) => textOfNode(i.link[0]))];
    for (const link of links) {
      expect(link.startsWith(base), link).toBe(true);
      expect(files.has(decodeURIComponent(link.slice(base.length)) + 'index.html'), link).toBe(true);
    }
  });

  it('puts no <wbr> and no zero-width space in any feed', () => {
    for (const f of result.files.filter((f) => f.path.endsWith('.xml'))) {
      const xml = textOf(result, f.path);
      expect(xml, f.path).not.toMatch(/<wbr|&lt;wbr|\u200b/i);
    }
  });

  it('makes every link and image in entry content absolute', () => {
    const entries = parseXml<AtomFeed>(textOf(result, 'feed.xml')).feed.entry;
    let count = 0;
    for (const entry of entries) {
      const doc = parsePage(`<!doctype html><html><body>${textOfNode(entry.content)}</body></html>`);
      for (const link of linkTargets(doc)) {
        count++;
        expect(/^(https?:|mailto:|#)/.test(link), link).toBe(true);
        if (link.startsWith(SITE_URL)) expect(link.startsWith(base), link).toBe(true);
      }
    }
    expect(count).toBeGreaterThan(3);
  });

  it('writes a well-formed Atom feed for each category', () => {
    const feeds = result.files.filter((f) => /^categories\/[^/]+\/feed\.xml$/.test(f.path));
    expect(feeds.map((f) => f.path).sort()).toEqual(['categories/ニュース/feed.xml', 'categories/技術解説/feed.xml', 'categories/業界動向/feed.xml', 'categories/規制・政策/feed.xml', 'categories/調査/feed.xml']);
    const news = parseXml<AtomFeed>(textOf(result, 'categories/ニュース/feed.xml')).feed.entry;
    expect(news.map((e) => textOfNode(e.title))).toContain('</script><script>alert(1)</script>');
  });
});

describe('feeds with awkward text', () => {
  it('stay well-formed XML when a title and a body hold "]]>"', async () => {
    const dir = tempDir();
    writeFiles(dir, { '2026-01-01-cdata.md': '---\ntitle: "配列a[b[0]]>1の比較"\ndate: 2026-01-01\n---\n\nコード `if (a[b[0]]>1) {}` を見よ。\n' });
    const result = await buildSite(siteConfig({}, { postsDir: dir }));
    const entry = parseXml<AtomFeed>(textOf(result, 'feed.xml')).feed.entry[0]!;
    expect(textOfNode(entry.title)).toBe('配列a[b[0]]>1の比較');
    expect(textOfNode(entry.content)).toContain('a[b[0]]>1');
    expect(textOfNode(parseXml<RssFeed>(textOf(result, 'rss.xml')).rss.channel.item[0]?.title)).toBe('配列a[b[0]]>1の比較');
  });

  it('list at most feedLimit posts', async () => {
    const result = await buildSite(siteConfig({ feedLimit: 2 }));
    expect(parseXml<AtomFeed>(textOf(result, 'feed.xml')).feed.entry).toHaveLength(2);
    expect(parseXml<RssFeed>(textOf(result, 'rss.xml')).rss.channel.item).toHaveLength(2);
  });
});
