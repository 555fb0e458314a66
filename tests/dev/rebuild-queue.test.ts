import { describe, expect, it } from 'vitest';
import { isSettleOnly, RebuildQueue, type QueuedChanges } from '../../src/dev/rebuild-queue.js';

/** A rebuild the test finishes by hand, so what runs when is exact. */
function manualRuns(unsettled = false) {
  const runs: Array<{ changes: QueuedChanges; finish: () => void }> = [];
  const waiters: Array<() => void> = [];
  const run = (changes: QueuedChanges) =>
    new Promise<{ unsettled: boolean }>((resolve) => {
      runs.push({ changes, finish: () => resolve({ unsettled }) });
      waiters.splice(0).forEach((w) => w());
    });
  const started = (n: number) => new Promise<void>((resolve) => (runs.length >= n ? resolve() : waiters.push(() => (runs.length >= n ? resolve() : undefined))));
  return { runs, run, started };
}

describe('RebuildQueue', () => {
  it('runs one rebuild at a time and merges what arrives meanwhile into the next', async () => {
    const { runs, run, started } = manualRuns();
    const queue = new RebuildQueue(run, 60_000, (e) => {
      throw e;
    });
    queue.add({ posts: ['/p/a.md'], at: 10 });
    await started(1);
    queue.add({ posts: ['/p/b.md'], at: 20 });
    queue.add({ posts: ['/p/a.md', '/p/c.md'], assets: true, at: 30 });
    queue.add({ restart: true, at: 40 });
    expect(runs).toHaveLength(1);
    runs[0]?.finish();
    await started(2);
    expect(runs[1]?.changes).toEqual({ posts: ['/p/b.md', '/p/a.md', '/p/c.md'], rescanPosts: false, assets: true, settle: false, restart: true, at: 20 });
    runs[1]?.finish();
    await queue.close();
    expect(runs).toHaveLength(2);
  });

  it('settles after a rebuild that left related posts behind, once nothing changed for a while', async () => {
    const { runs, run, started } = manualRuns(true);
    const queue = new RebuildQueue(run, 20, (e) => {
      throw e;
    });
    queue.add({ posts: ['/p/a.md'] });
    await started(1);
    runs[0]?.finish();
    await started(2);
    expect(isSettleOnly(runs[1]?.changes ?? { restart: false, at: 0 })).toBe(true);
    runs[1]?.finish();
    await queue.close();
  });

  it('puts the settle rebuild off while saves keep coming', async () => {
    const { runs, run, started } = manualRuns(true);
    const queue = new RebuildQueue(run, 50, (e) => {
      throw e;
    });
    queue.add({ posts: ['/p/a.md'] });
    await started(1);
    runs[0]?.finish();
    await new Promise((r) => setTimeout(r, 10));
    queue.add({ posts: ['/p/a.md'] });
    await started(2);
    expect(isSettleOnly(runs[1]?.changes ?? { restart: false, at: 0 })).toBe(false);
    runs[1]?.finish();
    await queue.close();
  });
});
