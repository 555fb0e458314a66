import v8 from 'node:v8';
import vm from 'node:vm';

let gc: ((options?: { type?: 'major' | 'minor' }) => void) | null = null;

/**
 * Runs the garbage collector now, reached without a command-line flag (worker threads cannot
 * take one). `major` (default): between build steps, so the garbage of one step is gone before
 * the next starts threads of its own (the build's peak memory is the main heap plus those
 * threads). `minor`: the card threads after each card, so resvg's finalizers can free its pixels.
 */
export function collectGarbage(type: 'major' | 'minor' = 'major'): void {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as (options?: { type?: 'major' | 'minor' }) => void;
  }
  gc({ type });
}
