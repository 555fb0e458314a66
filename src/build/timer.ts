/** Times the named steps of a build, for `--verbose` and the benchmark. */
export class Timer {
  readonly times: Record<string, number> = {};

  /** Runs one step and records its milliseconds under `name`. */
  async step<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await fn();
    } finally {
      this.times[name] = Math.round(performance.now() - start);
    }
  }
}
