/** The small part of `compression` (Express's gzip/brotli middleware, no bundled types) the preview uses, on plain node:http. */
declare module 'compression' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  interface CompressionOptions {
    /** Smallest response, in bytes, worth compressing (default 1 kB). */
    threshold?: number | string;
  }
  function compression(options?: CompressionOptions): (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;
  export default compression;
}
