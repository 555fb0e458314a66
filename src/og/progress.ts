/** Progress of a long step, told to a person. */
export interface Progress {
  /** One more item done. */
  tick(): void;
  /** The step finished; ends the bar's line. */
  done(): void;
}

/** Where progress goes and how: a redrawn bar on a terminal, a few plain lines in CI or a pipe. */
export interface ProgressTarget {
  write(text: string): unknown;
  isTTY?: boolean;
}

const BAR = 24;

/** A progress reporter for `total` cards; silent when disabled or there is nothing to do. */
export function createProgress(total: number, enabled: boolean, target: ProgressTarget = process.stderr): Progress {
  if (!enabled || total === 0) return { tick() {}, done() {} };
  const started = Date.now();
  const bar = Boolean(target.isTTY) && !process.env['CI'];
  let count = 0;
  let lastDraw = 0;
  let lastStep = 0;
  const rate = () => (count / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(0);
  const draw = () => {
    const filled = Math.round((count / total) * BAR);
    target.write(`\rOG cards [${'█'.repeat(filled)}${'░'.repeat(BAR - filled)}] ${count}/${total} ${rate()}/s `);
  };
  if (!bar) target.write(`OG cards: rendering ${total}\n`);
  return {
    tick() {
      count += 1;
      const now = Date.now();
      if (bar) {
        if (now - lastDraw >= 100 || count === total) {
          lastDraw = now;
          draw();
        }
        return;
      }
      // Plain lines: at most one per 10 % and per 5 seconds, so CI logs stay short.
      const step = Math.floor((count / total) * 10);
      if (step > lastStep && count < total && now - lastDraw >= 5000) {
        lastStep = step;
        lastDraw = now;
        target.write(`OG cards: ${count}/${total} (${step * 10}%)\n`);
      }
    },
    done() {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (bar) target.write(`\rOG cards: ${count}/${total} in ${seconds} s${' '.repeat(BAR + 12)}\n`);
      else target.write(`OG cards: rendered ${count} in ${seconds} s\n`);
    },
  };
}
