// The dev server's build thread: keeps one IncrementalBuild (and its in-memory render cache)
// for the life of the thread and answers each rebuild request with the files that changed.
import { parentPort, workerData } from 'node:worker_threads';
import { IncrementalBuild, type IncrementalResult } from '../build/incremental.js';
import { ConfigError, loadConfig } from '../config/resolve-config.js';
import { RenderCache } from '../render/render-cache.js';
import { closeRenderPool } from '../render/render-pool.js';
import { error, type Diagnostic } from '../report/diagnostic.js';
import { displayPath } from '../util/display-path.js';
import { errorDiagnostic } from './error-diagnostic.js';
import { WarningFilter } from './warning-filter.js';
import { failedResult, type BuildThreadData, type ThreadRequest, type ThreadResult } from './build-protocol.js';

const port = parentPort;
const data = workerData as BuildThreadData;
const encoder = new TextEncoder();
let started: Promise<{ builder: IncrementalBuild; cache: RenderCache } | Diagnostic> | null = null;

/** Loads the config (afresh: this thread's module graph is new) and opens the render cache. */
async function start(): Promise<{ builder: IncrementalBuild; cache: RenderCache } | Diagnostic> {
  try {
    const config = await loadConfig(data.configPath, data.overrides);
    const cache = await RenderCache.open(config.cacheDir);
    return { builder: new IncrementalBuild(config, { cache, ...(data.workers === undefined ? {} : { workers: data.workers }) }), cache };
  } catch (e) {
    if (e instanceof ConfigError) return error(displayPath(e.file), undefined, 'config', e.message, e.note);
    return errorDiagnostic(e, data.configPath ?? 'site.config.ts', 'config', `Config could not be loaded: ${e instanceof Error ? e.message : String(e)}`, 'Fix the error in the config file; it must `export default defineConfig({ … })`.');
  }
}

/** Answers one request; every `rebuild` gets exactly one result, whatever happens. */
async function handle(request: ThreadRequest): Promise<void> {
  if (!port) return;
  if (request.type === 'close') {
    await closeRenderPool();
    port.close();
    return;
  }
  started ??= start();
  const state = await started;
  if (!('builder' in state)) return port.postMessage(failedResult(state));
  let message: ThreadResult;
  let result: IncrementalResult;
  try {
    result = await state.builder.rebuild(request.changes);
    // Fresh buffers, so moving them never detaches memory shared with anything else.
    const files = result.files.map((f) => ({ path: f.path, bytes: typeof f.contents === 'string' ? encoder.encode(f.contents) : new Uint8Array(f.contents) }));
    const { shown, warnings } = warningFilter.filter(result.diagnostics);
    message = { ...result, diagnostics: shown, warnings, files, config: state.builder.config };
  } catch (e) {
    const text = `The build stopped unexpectedly: ${e instanceof Error ? e.message : String(e)}`;
    return port.postMessage(failedResult(errorDiagnostic(e, 'src', 'dev-internal', text, 'The last good pages are still served; save again, or restart `npm run dev` if it persists.')));
  }
  port.postMessage(message, message.files.map((f) => f.bytes.buffer as ArrayBuffer));
  // The first build rendered every body: keep them on disk, so the next start is warm.
  if (result.mode === 'initial' && result.ok) await state.cache.save().catch(() => undefined);
}

const warningFilter = new WarningFilter();
let queue = Promise.resolve();
port?.on('message', (request: ThreadRequest) => {
  queue = queue.then(() => handle(request)).catch(() => undefined);
});
