import v8 from 'node:v8';
import vm from 'node:vm';

let gc: ((options?: { type?: string }) => void) | null = null;

/**
 * A full garbage collection, between steps whose garbage would otherwise stay in the heap while
 * the next step starts threads of its own (the render threads' results, the index's scratch
 * data): the build's peak memory is the main heap plus those threads. `gc` is reached without a
 * command-line flag, as the card threads do it.
 */
export function releaseMemory(): void {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as (options?: { type?: string }) => void;
  }
  gc();
}
