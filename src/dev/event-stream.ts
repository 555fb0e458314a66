import type { ServerResponse } from 'node:http';

/** Every open `/__dev/events` connection: build events go to all browsers at once (server-sent events). */
export class EventStream {
  private readonly clients = new Set<ServerResponse>();
  private readonly keepAlive: NodeJS.Timeout;

  constructor() {
    // A comment line now and then keeps proxies and idle timeouts from closing the stream.
    this.keepAlive = setInterval(() => this.write(': ping\n\n'), 20_000);
    this.keepAlive.unref();
  }

  /** Takes over a response as an event stream and greets it with `first` (name → data). */
  open(res: ServerResponse, first: ReadonlyArray<readonly [string, unknown]>): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache',
      Connection: 'keep-alive',
      'X-Content-Type-Options': 'nosniff',
    });
    res.write('retry: 500\n\n');
    for (const [event, data] of first) res.write(frame(event, data));
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
  }

  /** Sends one event to every browser. */
  send(event: string, data: unknown): void {
    this.write(frame(event, data));
  }

  /** Number of open connections. */
  get size(): number {
    return this.clients.size;
  }

  /** Ends every stream, so the server can close. */
  close(): void {
    clearInterval(this.keepAlive);
    for (const res of this.clients) res.end();
    this.clients.clear();
  }

  private write(text: string): void {
    for (const res of this.clients) res.write(text);
  }
}

/** One event; JSON never holds a raw newline, so the data is one `data:` line. */
function frame(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}
