import { describe, expect, it } from 'vitest';
import { renderPost } from '../../src/render/render-post.js';
import { parsePage } from '../helpers/html.js';
import { render } from '../helpers/render.js';

const FILE = 'posts/2025-12-02-evil.md';

describe('renderPost: safety', () => {
  it('removes <script> with a warning at its line in the file', () => {
    const r = render('一行目。\n\n<script>alert(1)</script>\n', { file: FILE, bodyLine: 6 });
    expect(parsePage(`<body>${r.html}</body>`).querySelectorAll('script')).toHaveLength(0);
    expect(r.html).not.toContain('alert');
    expect(r.diagnostics).toEqual([expect.objectContaining({ file: FILE, severity: 'warning', ruleId: 'unsafe-html', line: 8, column: 1 })]);
  });

  it('removes on* attributes with a warning at their line, keeping the element and its text', () => {
    const r = render('段落。\n\n<div class="box" onclick="steal()">残る文章</div>\n', { file: FILE, bodyLine: 10 });
    const div = parsePage(`<body>${r.html}</body>`).querySelector('div.box')!;
    expect(div.getAttribute('onclick')).toBeNull();
    expect(div.textContent).toBe('残る文章');
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', ruleId: 'unsafe-html', line: 12 })]);
    expect(r.diagnostics[0]?.message).toContain('onclick');
  });

  it('removes javascript: links in Markdown and in raw HTML, whatever their case or leading space', () => {
    const r = render('[a](javascript:alert(1)) [b](JavaScript:alert(1)) <a href="  javascript:alert(1)">c</a> <a href="java&#x09;script:alert(1)">d</a>');
    const links = [...parsePage(`<body>${r.html}</body>`).querySelectorAll('a')];
    expect(links).toHaveLength(4);
    for (const a of links) expect(a.getAttribute('href')).toBeNull();
    expect(r.diagnostics.filter((d) => d.ruleId === 'unsafe-url')).toHaveLength(4);
  });

  it('keeps raw <sup> and <div> that are safe', () => {
    const doc = parsePage(`<body>${render('本文<sup>1</sup>の続き。\n\n<div class="note">注記</div>').html}</body>`);
    expect(doc.querySelector('sup')?.textContent).toBe('1');
    expect(doc.querySelector('div.note')?.textContent).toBe('注記');
  });
});

describe('renderPost: links and images', () => {
  it('loads images lazily', () => {
    const img = parsePage(`<body>${render('![図](/assets/a.png)').html}</body>`).querySelector('img')!;
    expect(img.getAttribute('loading')).toBe('lazy');
  });

  it('adds rel="noopener" to links to other sites only', () => {
    const doc = parsePage(`<body>${render('[外](https://openai.com/) [自](https://news.example.jp/x/) [内](/x/)').html}</body>`);
    const rel = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('rel'));
    expect(rel).toEqual(['noopener', null, null]);
  });

  it('moves root-relative links and images under the base path, once', () => {
    const doc = parsePage(`<body>${render('[記事](/2025/12/02/x/) [既に](/blog/archives/) ![図](/assets/a.png)', { basePath: '/blog/' }).html}</body>`);
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['/blog/2025/12/02/x/', '/blog/archives/']);
    expect(doc.querySelector('img')?.getAttribute('src')).toBe('/blog/assets/a.png');
  });

  it('gives headings ids that keep Japanese', () => {
    const doc = parsePage(`<body>${render('## 生成AIと著作権\n\n## 生成AIと著作権').html}</body>`);
    expect([...doc.querySelectorAll('h2')].map((h) => h.id)).toEqual(['生成aiと著作権', '生成aiと著作権-1']);
  });
});

describe('renderPost: kramdown attribute lists', () => {
  it('applies {: .cta} on the line under a paragraph to that paragraph, and never shows it', () => {
    const r = render('今すぐ申し込む\n{: .cta}');
    const p = parsePage(`<body>${r.html}</body>`).querySelector('p')!;
    expect(p.className).toBe('cta');
    expect(r.html).not.toContain('{:');
  });

  it('applies {: .cta} under a heading to the heading', () => {
    const r = render('## 申し込み\n{: .cta #apply}\n\n本文。');
    const h2 = parsePage(`<body>${r.html}</body>`).querySelector('h2')!;
    expect(h2.className).toBe('cta');
    expect(h2.id).toBe('apply');
    expect(r.html).not.toContain('{:');
  });

  it('drops on* attributes written in an attribute list', () => {
    const r = render('段落\n{: onclick="x()" data-x="1"}');
    const p = parsePage(`<body>${r.html}</body>`).querySelector('p')!;
    expect(p.getAttribute('onclick')).toBeNull();
    expect(p.getAttribute('data-x')).toBe('1');
  });
});

describe('renderPost: pathological input', () => {
  const cases: Array<[string, string]> = [
    ['5,000 nested blockquotes', '>'.repeat(5000)],
    ['20,000 "a_ " runs', 'a_ '.repeat(20000)],
    ['a list nested 2,000 deep by indentation', Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- 項目`).join('\n')],
    ['a list nested 2,000 deep on one line', `${'- '.repeat(2000)}項目`],
  ];

  it.each(cases)('fails %s with an error naming the file, within 3 seconds, without throwing', (_, body) => {
    const start = performance.now();
    let result: ReturnType<typeof renderPost> | undefined;
    expect(() => {
      result = renderPost({ file: FILE, body, bodyLine: 5, basePath: '/', siteUrl: 'https://news.example.jp' });
    }).not.toThrow();
    const elapsed = performance.now() - start;
    expect(result?.diagnostics).toEqual([expect.objectContaining({ file: FILE, severity: 'error' })]);
    expect(result?.diagnostics[0]?.line).toBeGreaterThanOrEqual(5);
    expect(elapsed).toBeLessThan(3000);
  });
});
