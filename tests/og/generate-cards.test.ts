import { describe, expect, it } from 'vitest';
import { generateCards } from '../../src/og/index.js';
import { ihdrSize, job, testConfig } from './helpers.js';

const titles = {
  short: 'OpenAIがGPT-5を発表',
  long: '生成AIの規制をめぐる議論が本格化、欧州AI法の施行を前に日本企業も対応を急ぐ一方で、国内ではガイドラインの策定が遅れており業界団体からは懸念の声が上がっている',
  mixed: 'Apple Intelligence、日本語対応を2025年4月に開始 — Siri と ChatGPT の統合も',
  emoji: '🤖 AIエージェント時代の到来 🚀✨ 👨‍💻 🇯🇵',
  rareInFont: '𠮷野家がAI注文システムを導入',
  rareMissing: '𠀀を含む見出しのAIニュース',
};

describe('generateCards', () => {
  it('renders short, long, mixed, emoji and rare-kanji titles as 1200×630 PNGs', async () => {
    const config = await testConfig();
    const jobs = Object.entries(titles).map(([name, title]) => job(title, { file: `posts/${name}.md`, outputPath: `og/${name}.png` }));
    const result = await generateCards(jobs, { config, workers: 0 });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    for (const name of Object.keys(titles)) {
      const file = result.files.find((f) => f.path === `og/${name}.png`);
      expect(file, name).toBeDefined();
      expect(ihdrSize(file?.contents ?? '')).toEqual({ width: 1200, height: 630 });
    }
    expect(result.stats).toMatchObject({ generated: jobs.length, cached: 0 });
  });

  it('draws emoji from Twemoji without a warning and publishes its attribution', async () => {
    const result = await generateCards([job(titles.emoji)], { config: await testConfig(), workers: 0 });
    expect(result.diagnostics).toEqual([]);
    expect(result.files.map((f) => f.path)).toEqual(['og/2025/12/03/test.png', 'og/LICENSE-emoji.txt', 'og/LICENSE-fonts.txt']);
    expect(String(result.files[1]?.contents)).toMatch(/Twemoji[\s\S]*CC BY 4\.0/);
  });

  it('warns naming the post and the character when the font lacks a glyph', async () => {
    const result = await generateCards([job(titles.rareMissing, { file: 'posts/2025-12-03-rare.md' })], { config: await testConfig(), workers: 0 });
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ file: 'posts/2025-12-03-rare.md', severity: 'warning', ruleId: 'og-missing-glyph' });
    expect(result.diagnostics[0]?.message).toContain('"𠀀" (U+20000)');
    expect(result.files.some((f) => f.path === 'og/2025/12/03/test.png')).toBe(true);
  });

  it('does not warn about a rare kanji the font has', async () => {
    const result = await generateCards([job(titles.rareInFont)], { config: await testConfig(), workers: 0 });
    expect(result.diagnostics).toEqual([]);
  });

  it('keeps the font licence with the cards and adds no emoji attribution when no emoji is shown', async () => {
    const result = await generateCards([job(titles.short)], { config: await testConfig(), workers: 0 });
    const licence = result.files.find((f) => f.path === 'og/LICENSE-fonts.txt');
    expect(String(licence?.contents)).toContain('SIL OPEN FONT LICENSE Version 1.1');
    expect(result.files.some((f) => f.path === 'og/LICENSE-emoji.txt')).toBe(false);
  });

  it('returns nothing for no jobs', async () => {
    const result = await generateCards([], { config: await testConfig() });
    expect(result.files).toEqual([]);
    expect(result.stats).toMatchObject({ generated: 0, cached: 0 });
  });

  it('warns on the config file when the logo cannot be read, and still renders', async () => {
    const config = await testConfig();
    config.og.logo = 'missing-logo.png';
    const result = await generateCards([job(titles.short)], { config, workers: 0 });
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['og-logo']);
    expect(result.files.some((f) => f.path === 'og/2025/12/03/test.png')).toBe(true);
  });
});
