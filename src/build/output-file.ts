/** One file of the built site, in memory: a POSIX path relative to the output folder and its bytes. */
export interface OutputFile {
  /** e.g. `2025/12/02/code-red/index.html`, never starting with `/`. */
  path: string;
  contents: string | Uint8Array;
  /**
   * A hash of everything the contents depend on, when known without producing them (a page's
   * signature with the templates, code and config). The write step keeps it in its manifest
   * and skips a file whose key did not change, without reading `contents`.
   */
  key?: string;
}

/** An output file whose contents are produced each time they are read (pages render on read). */
export function lazyOutputFile(path: string, produce: () => string | Uint8Array, key?: string): OutputFile {
  return {
    path,
    get contents() {
      return produce();
    },
    ...(key === undefined ? {} : { key }),
  };
}
