import { describe, expect, it } from 'vitest';
import { generateCards } from '../../src/og/index.js';
import { MAIN_THREAD_LIMIT } from '../../src/og/pool.js';
import { job, testConfig } from './helpers.js';

describe('OG card worker pool', () => {
  it('renders in worker threads the same bytes as the main thread', async () => {
    const jobs = Array.from({ length: MAIN_THREAD_LIMIT + 2 }, (_, i) =>
      job(`ワーカーで描くカード ${i} 🚀`, { file: `posts/${i}.md`, outputPath: `og/${i}.png` }),
    );
    const pooled = await generateCards(jobs, { config: await testConfig(), workers: 2 });
    const here = await generateCards(jobs, { config: await testConfig(), workers: 0 });
    expect(pooled.diagnostics).toEqual([]);
    expect(pooled.stats).toMatchObject({ generated: jobs.length, cached: 0 });
    expect(pooled.files).toEqual(here.files);
  });
});
