import { Worker } from 'node:worker_threads';
import type { SiteChanges } from '../build/incremental.js';
import { failedResult, type BuildThreadData, type ThreadRequest, type ThreadResult } from './build-protocol.js';
import { errorDiagnostic } from './error-diagnostic.js';

/** One build thread and the answers it still owes, oldest first. */
interface Thread {
  worker: Worker;
  waiting: Array<(result: ThreadResult) => void>;
  exited: Promise<void>;
}

/**
 * Runs the build in a worker thread, so the server stays responsive while the site is built
 * (collecting related posts of thousands of posts takes a while) and so a template or config
 * change can start a fresh thread that imports them anew. A thread that dies answers its
 * requests with an error naming the file where it failed; the next request starts a new one.
 */
export class BuildHost {
  private thread: Thread | null = null;

  constructor(private readonly data: BuildThreadData) {}

  /** Applies changes in the current thread; a new thread builds everything first. */
  rebuild(changes: SiteChanges): Promise<ThreadResult> {
    const thread = this.thread ?? (this.thread = this.spawn());
    return new Promise((resolve) => {
      thread.waiting.push(resolve);
      thread.worker.postMessage({ type: 'rebuild', changes } satisfies ThreadRequest);
    });
  }

  /** Replaces the thread with a fresh one (fresh templates and config), which builds everything. */
  restart(): Promise<ThreadResult> {
    const old = this.thread;
    this.thread = null;
    if (old) void stop(old);
    return this.rebuild({});
  }

  /** Stops the thread and its render workers. */
  async close(): Promise<void> {
    const old = this.thread;
    this.thread = null;
    if (old) await stop(old);
  }

  private spawn(): Thread {
    const worker = new Worker(new URL('./build-worker.mjs', import.meta.url), { workerData: this.data, execArgv: [] });
    const thread: Thread = { worker, waiting: [], exited: new Promise((resolve) => worker.once('exit', () => resolve())) };
    const fail = (e: unknown) => {
      if (this.thread === thread) this.thread = null;
      const message = `The build could not run: ${e instanceof Error ? e.message.split('\n').slice(0, 3).join(' ') : String(e)}`;
      const result = failedResult(errorDiagnostic(e, 'templates', 'build-thread', message, 'Fix the file named here (a template or the config) and save; the dev server tries again.'));
      for (const resolve of thread.waiting.splice(0)) resolve(result);
    };
    worker.on('message', (result: ThreadResult) => thread.waiting.shift()?.(result));
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`build thread exited with code ${code}`)));
    return thread;
  }
}

/** Asks a thread to stop its render workers and exit; terminates it if it does not within two seconds. */
async function stop(thread: Thread): Promise<void> {
  thread.worker.postMessage({ type: 'close' } satisfies ThreadRequest);
  const timer = setTimeout(() => void thread.worker.terminate(), 2000);
  await thread.exited;
  clearTimeout(timer);
}
