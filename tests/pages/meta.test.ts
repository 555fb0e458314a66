import { beforeAll, describe, expect, it } from 'vitest';
import type { SiteIndex } from '../../src/collect/site-index.js';
import { listMeta, postMeta } from '../../src/pages/meta.js';
import { makeSiteContext } from '../../src/pages/site-context.js';
import type { SiteContext } from '../../src/pages/types.js';
import { buildSite, siteConfig } from '../helpers/site.js';

describe('page meta', () => {
  let site: SiteContext;
  let index: SiteIndex;

  beforeAll(async () => {
    const config = siteConfig({ basePath: '/blog/' });
    site = makeSiteContext(config);
    index = (await buildSite(config)).site!;
  });

  it('gives a post its title, an article type and times with the site offset', () => {
    const post = index.posts.find((p) => p.source.slug === 'code-red')!;
    const meta = postMeta(site, post, undefined);
    expect(meta).toMatchObject({ title: `${post.source.title} | AIニュース`, ogTitle: post.source.title, ogType: 'article', path: '/2025/12/02/code-red/' });
    expect(meta.article).toMatchObject({ published: '2025-12-02T20:39:12+09:00', section: 'ニュース', tags: ['OpenAI', '生成AI', 'AI'] });
    expect(meta.jsonLd).toMatchObject({ '@type': 'NewsArticle', headline: post.source.title, url: 'https://news.example.jp/blog/2025/12/02/code-red/' });
  });

  it('uses the last update as the modified time', () => {
    const post = index.posts.find((p) => p.source.slug === 'chips & power')!;
    expect(postMeta(site, post, undefined).article?.modified).toBe('2026-06-01T10:00:00+09:00');
  });

  it('uses the front matter description, else the excerpt', () => {
    const evil = index.posts.find((p) => p.path === '/news/what?#100%/')!;
    expect(postMeta(site, evil, undefined).description).toBe('タイトルに</script>を含む記事の説明。');
    const survey = index.posts.find((p) => p.source.slug === 'survey')!;
    expect(postMeta(site, survey, undefined).description).toBe('国内企業1000社を対象にした調査で、生成AIを業務で使う企業は6割に達した。前年から20ポイント増えた。');
  });

  it('gives list pages the site name alone on the home page and "title | site" elsewhere', () => {
    expect(listMeta(site, { title: null, description: '', path: '/' }).title).toBe('AIニュース');
    expect(listMeta(site, { title: 'タグ一覧', description: 'x', path: '/tags/' }).title).toBe('タグ一覧 | AIニュース');
  });

  it('falls back to the site description when a list has none', () => {
    expect(listMeta(site, { title: 'x', description: '', path: '/x/' }).description).toBe('AI業界のニュースを日本語で');
  });
});
