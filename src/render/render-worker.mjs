// Entry of a render thread. Piscina starts it with plain Node, so register tsx here: the
// TypeScript renderer then loads the same way under `tsx src/cli.ts`, vitest and the benchmark.
import { register } from 'tsx/esm/api';

register();
const { renderBatch } = await import('./render-batch.ts');

export default renderBatch;
