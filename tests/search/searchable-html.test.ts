import { describe, expect, test } from 'vitest';
import { searchableHtml } from '../../src/search/searchable-html.js';

describe('searchableHtml', () => {
  test('removes the <wbr> of BudouX phrases so they never cut a word', () => {
    expect(searchableHtml('<h1>半導体の<wbr/>供給網<wbr>を読む</h1>')).not.toMatch(/wbr/);
  });

  test('normalises text with NFKC: full-width Latin and half-width kana become their usual forms', () => {
    expect(searchableHtml('<p>ＥＵのＡＩ規制とｵｰﾌﾟﾝｿｰｽ</p>')).toBe('<p>EU の AI 規制 と オープン ソース 。</p>');
  });

  test('splits Japanese into words with spaces and keeps Latin compounds whole', () => {
    expect(searchableHtml('<p>OpenAIがGPT-5をllama.cppで試した</p>')).toBe('<p>OpenAI が GPT-5 を llama.cpp で 試し た 。</p>');
  });

  test('keeps words in neighbouring inline elements apart', () => {
    expect(searchableHtml('<p><strong>電力が</strong>引けない<em>電力</em>AIが</p>')).toBe('<p><strong> 電力 が</strong> 引け ない<em> 電力</em> AI が 。</p>');
  });

  test('reads a word split by an inline tag as one word', () => {
    expect(searchableHtml('<h1>影<span class="nb">響：見</span>過ごせない</h1>')).toBe('<h1> 影<span class="nb">響 : 見</span>過 ご せ ない 。</h1>');
  });

  test('keeps a Latin word split by a tag whole', () => {
    expect(searchableHtml('<p>「<a href="/x">Open</a>AI」</p>')).toBe('<p> 「<a href="/x"> Open</a>AI 」</p>');
  });

  test('leaves attribute values as the site shows them', () => {
    const html = '<h1 data-pagefind-meta="title:ＡＩ規制：その後" title="a > b">ＡＩ</h1><li data-pagefind-filter="tag:生成ＡＩ"></li>';
    expect(searchableHtml(html)).toBe('<h1 data-pagefind-meta="title:ＡＩ規制：その後" title="a > b">AI 。</h1><li data-pagefind-filter="tag:生成ＡＩ"></li>');
  });

  test('leaves scripts, styles and comments alone', () => {
    const html = '<script type="application/ld+json">{"headline":"ＡＩ<b>"}</script><style>p::after{content:"ＡＩ"}</style><!-- ＡＩ -->';
    expect(searchableHtml(html)).toBe(html);
  });

  test('ends each block with a word of its own, so a phrase never runs from one item into the next', () => {
    expect(searchableHtml('<ul><li>画像生成</li><li>AI\n</li></ul><h2>考える。</h2>')).toBe('<ul><li> 画像 生成 。</li><li> AI\n 。</li></ul><h2> 考える 。</h2>');
  });
});
