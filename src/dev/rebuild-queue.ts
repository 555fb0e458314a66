import type { SiteChanges } from '../build/incremental.js';

/** Changes waiting for the next rebuild. */
export interface QueuedChanges extends SiteChanges {
  /** A template or the config changed: start a fresh build thread. */
  restart: boolean;
  /** `performance.now()` of the first change in the batch. */
  at: number;
}

/**
 * Runs one rebuild at a time: changes that arrive during a rebuild are merged into the next one,
 * so a burst of saves costs at most two rebuilds. After a rebuild that left related posts as they
 * were (a fast one), a `settle` rebuild follows once nothing changed for `settleMs`.
 */
export class RebuildQueue {
  private pending: QueuedChanges | null = null;
  private running: Promise<void> | null = null;
  private settleTimer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly run: (changes: QueuedChanges) => Promise<{ unsettled: boolean }>,
    private readonly settleMs: number,
    private readonly onError: (e: unknown) => void,
  ) {}

  /** Queues changes; starts a rebuild unless one is running. */
  add(change: Partial<QueuedChanges>): void {
    if (this.closed) return;
    if (!change.settle) this.cancelSettle();
    const p = this.pending;
    const at = change.at ?? performance.now();
    this.pending = {
      posts: [...new Set([...(p?.posts ?? []), ...(change.posts ?? [])])],
      rescanPosts: p?.rescanPosts === true || change.rescanPosts === true,
      assets: p?.assets === true || change.assets === true,
      settle: p?.settle === true || change.settle === true,
      restart: p?.restart === true || change.restart === true,
      at: Math.min(p?.at ?? at, at),
    };
    this.running ??= this.drain();
  }

  /** Stops starting rebuilds and waits for the running one. */
  async close(): Promise<void> {
    this.closed = true;
    this.cancelSettle();
    await this.running;
  }

  private async drain(): Promise<void> {
    for (let next = this.take(); next && !this.closed; next = this.take()) {
      try {
        const { unsettled } = await this.run(next);
        if (unsettled && !this.pending && !this.closed) {
          this.settleTimer = setTimeout(() => this.add({ settle: true }), this.settleMs);
        }
      } catch (e) {
        this.onError(e);
      }
    }
    this.running = null;
  }

  private take(): QueuedChanges | null {
    const next = this.pending;
    this.pending = null;
    return next;
  }

  private cancelSettle(): void {
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.settleTimer = null;
  }
}

/** True when the batch asks only for the settle rebuild (no file changed). */
export function isSettleOnly(changes: QueuedChanges): boolean {
  return changes.settle === true && !changes.restart && !changes.assets && !changes.rescanPosts && (changes.posts ?? []).length === 0;
}
