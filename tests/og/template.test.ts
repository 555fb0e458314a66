import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCards } from '../../src/og/index.js';
import { job, testConfig } from './helpers.js';

/** A minimal card template in satori's plain `{ type, props }` form, no JSX needed. */
function template(colour: string): string {
  return `export const titleFrame = { width: 1000, height: 400, maxLines: 3, sizes: [64, 48], lineHeight: 1.3 };
export default function Card({ title, theme }) {
  return { type: 'div', props: { style: { width: 1200, height: 630, display: 'flex', flexDirection: 'column', backgroundColor: '${colour}', color: theme.foreground, fontFamily: 'Noto Sans JP', fontSize: title.fontSize },
    children: title.lines.map((line) => ({ type: 'div', props: { style: { display: 'flex' }, children: line.join('') } })) } };
}
`;
}

describe('card template', () => {
  it("uses the site's own templates/og-card.tsx and re-renders when it changes", async () => {
    const config = await testConfig();
    await mkdir(config.templatesDir, { recursive: true });
    const file = path.join(config.templatesDir, 'og-card.tsx');
    await writeFile(file, template('#112233'));
    const first = await generateCards([job('独自テンプレート')], { config, workers: 0 });
    expect(first.diagnostics).toEqual([]);
    expect(first.stats).toMatchObject({ generated: 1 });
    await writeFile(file, template('#332211'));
    const second = await generateCards([job('独自テンプレート')], { config, workers: 0 });
    expect(second.stats).toMatchObject({ generated: 1, cached: 0 });
    // Drawn with the edited template, not a stale module of the first one.
    expect(second.files[0]?.contents).not.toEqual(first.files[0]?.contents);
  });

  it('renders a card with a transparent background as a valid PNG', async () => {
    const config = await testConfig();
    await mkdir(config.templatesDir, { recursive: true });
    await writeFile(path.join(config.templatesDir, 'og-card.tsx'), template('rgba(0, 0, 0, 0)'));
    const result = await generateCards([job('透明な背景')], { config, workers: 0 });
    expect(result.diagnostics).toEqual([]);
    expect(result.stats.generated).toBe(1);
  });

  it('reports a template that fails as an error on the post, without a PNG', async () => {
    const config = await testConfig();
    await mkdir(config.templatesDir, { recursive: true });
    await writeFile(
      path.join(config.templatesDir, 'og-card.tsx'),
      `export const titleFrame = { width: 1000, height: 400, maxLines: 3, sizes: [64], lineHeight: 1.3 };
export default function Card() { throw new Error('designer typo'); }
`,
    );
    const result = await generateCards([job('壊れたテンプレート', { file: 'posts/broken.md' })], { config, workers: 0 });
    expect(result.diagnostics).toMatchObject([{ file: 'posts/broken.md', severity: 'error', ruleId: 'og-render' }]);
    expect(result.diagnostics[0]?.message).toContain('designer typo');
    expect(result.files.some((f) => f.path.endsWith('.png'))).toBe(false);
    expect(result.stats.generated).toBe(0);
  });
});

describe('a template that fails for every card', () => {
  it('names a few posts and counts the rest instead of repeating the error', async () => {
    const config = await testConfig();
    await mkdir(config.templatesDir, { recursive: true });
    await writeFile(
      path.join(config.templatesDir, 'og-card.tsx'),
      `export const titleFrame = { width: 1000, height: 400, maxLines: 3, sizes: [64], lineHeight: 1.3 };
export default function Card() { throw new Error('designer typo'); }
`,
    );
    const jobs = Array.from({ length: 5 }, (_, i) => job(`壊れた ${i}`, { file: `posts/${i}.md`, outputPath: `og/${i}.png` }));
    const result = await generateCards(jobs, { config, workers: 0 });
    expect(result.diagnostics.map((d) => d.file)).toEqual(['posts/0.md', 'posts/1.md', 'posts/2.md', 'posts/0.md']);
    expect(result.diagnostics.at(-1)?.message).toMatch(/designer typo \(the same for 2 more cards\)$/);
  });
});
