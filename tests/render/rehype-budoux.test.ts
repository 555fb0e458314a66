import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { phrases } from '../../src/render/budoux.js';
import { insertPhraseBreaks } from '../../src/render/rehype-budoux.js';
import { parsePage } from '../helpers/html.js';
import { phrasesOfHtml, render } from '../helpers/render.js';

const html = (markdown: string) => render(markdown).html;

describe('rehype-budoux', () => {
  it('puts <wbr> between the BudouX phrases of a paragraph, and nowhere else', () => {
    const sentence = 'OpenAIは社内に「コードレッド」を宣言し、検索と対話AIの競争が新しい段階に入った。';
    const out = html(sentence);
    expect(out).toContain('<wbr>');
    expect(phrasesOfHtml(out)).toEqual(phrases(sentence));
  });

  it('keeps a phrase that spans <strong> together: no break where the tag splits the phrase', () => {
    // 「生成AIの」 is one phrase; the bold part is only 「生成」.
    expect(phrases('生成AIの学習に著作物を使う')[0]).toBe('生成AIの');
    const out = html('**生成**AIの学習に著作物を使う');
    expect(out).toMatch(/<strong>生成<\/strong>AIの<wbr>/);
    expect(phrasesOfHtml(out)).toEqual(phrases('生成AIの学習に著作物を使う'));
  });

  it('finds the phrases of the whole sentence across emphasis and links, as if the tags were not there', () => {
    const plain = '政府は「共存」が重要だと述べ、国内の研究機関が日本語に強いオープンモデルを公開した。';
    const out = html('政府は**「共存」**が重要だと述べ、国内の[研究機関](/x/)が*日本語に強い*オープンモデルを公開した。');
    expect(phrasesOfHtml(out)).toEqual(phrases(plain));
  });

  it('puts no <wbr> inside pre, code, kbd or samp', () => {
    const doc = parsePage(html('`日本語のコードの中身` と <kbd>コントロールキー</kbd> と <samp>日本語の出力結果</samp>。\n\n```\n日本語のコードブロックは折り返さない\n```\n'));
    expect(doc.querySelectorAll('code, kbd, samp')).toHaveLength(4);
    expect(doc.querySelectorAll('pre wbr, code wbr, kbd wbr, samp wbr')).toHaveLength(0);
  });

  it('puts no <wbr> inside the text of an autolinked URL, even with Japanese in it', () => {
    const doc = parsePage(html('参照：https://example.com/日本語のパス/説明 を見よ。'));
    const link = doc.querySelector('a')!;
    expect(link.textContent).toBe('https://example.com/日本語のパス/説明');
    expect(link.querySelectorAll('wbr')).toHaveLength(0);
  });

  it('puts no <wbr> inside Latin words or numbers', () => {
    const out = html('OpenAIのGPT-5とAnthropicのClaude、GoogleのGemini 2.5 Proを比較した。価格は1,000円。');
    expect(out).toContain('<wbr>');
    expect(out).not.toMatch(/[A-Za-z0-9,.-]<wbr>[A-Za-z0-9,.-]/);
  });

  it('never inserts a zero-width space', () => {
    const out = html('生成AIの学習に著作物を使うことは、日本の著作権法では原則として認められている。\n\n- 箇条書きの項目です\n\n| 表の | 見出し |\n| --- | --- |\n| 日本語の | セル |');
    expect(out).not.toContain('\u200b');
    expect(out).not.toContain('&#x200B;');
    expect(out).not.toContain('&ZeroWidthSpace;');
  });

  it('leaves text without Japanese untouched', () => {
    expect(html('The quick brown fox jumps over the lazy dog.')).toBe('<p>The quick brown fox jumps over the lazy dog.</p>');
  });

  it('breaks each block on its own: a heading and a paragraph are separate runs', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'h2', properties: {}, children: [{ type: 'text', value: '生成AIと著作権' }] },
        { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: '学習データの扱い' }] },
      ],
    };
    insertPhraseBreaks(tree);
    const texts = (tree.children as Array<{ children: Array<{ type: string; value?: string; tagName?: string }> }>).map((el) =>
      el.children.map((c) => (c.type === 'text' ? c.value : `<${c.tagName}>`)).join(''),
    );
    expect(texts).toEqual(['生成AIと<wbr>著作権', '学習データの<wbr>扱い']);
  });
});
