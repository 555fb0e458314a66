// Entry of a card render thread. Piscina starts it with plain Node (the pool passes no execArgv),
// so register tsx here: the renderer and the .tsx card template then load the same way under
// `tsx src/cli.ts`, vitest and the benchmark.
import { register } from 'tsx/esm/api';

register();
const { renderInWorker } = await import('./card-worker.ts');

export default renderInWorker;
