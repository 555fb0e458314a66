/**
 * Times the named steps of a build, for `--verbose` and the benchmark, and samples the
 * process's resident memory while each runs (every 50 ms): `rss.<step>` is its peak in MiB, so
 * the benchmark shows which step sets the build's peak.
 */
export class Timer {
  readonly times: Record<string, number> = {};

  /** Runs one step and records its milliseconds under `name`. */
  async step<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const start = performance.now();
    let peak = process.memoryUsage.rss();
    const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
    sample.unref();
    try {
      return await fn();
    } finally {
      clearInterval(sample);
      this.times[name] = Math.round(performance.now() - start);
      this.times[`rss.${name}`] = Math.round(Math.max(peak, process.memoryUsage.rss()) / 2 ** 20);
    }
  }
}
