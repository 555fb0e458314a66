import http from 'node:http';

/** A response as the tests look at it. */
export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * A GET (or other method) with the path sent exactly as given — fetch would normalise `..` and
 * `%2e%2e` away before the server ever saw them — and the Host header the test chooses.
 */
export function request(port: number, path: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: { Connection: 'close', ...options.headers }, insecureHTTPParser: true }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** One server-sent event. */
export interface ServerEvent {
  event: string;
  data: unknown;
}

/** A connection to `/__dev/events` that collects events and lets a test wait for the next one of a kind. */
export class EventClient {
  readonly events: ServerEvent[] = [];
  private readonly waiters: Array<{ name: string; from: number; resolve: (e: ServerEvent) => void }> = [];
  private req: http.ClientRequest | null = null;

  /** Opens the stream and resolves once the server's `hello` arrived. */
  async open(port: number, headers: Record<string, string> = {}): Promise<this> {
    const hello = this.next('hello');
    this.req = http.get({ host: '127.0.0.1', port, path: '/__dev/events', headers }, (res) => {
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(frame)?.[1];
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          if (event && data !== undefined) this.push({ event, data: JSON.parse(data) as unknown });
        }
      });
    });
    this.req.on('error', () => undefined);
    await hello;
    return this;
  }

  /** The next event named `name` from now on (not one already received). */
  next(name: string): Promise<ServerEvent> {
    return new Promise((resolve) => this.waiters.push({ name, from: this.events.length, resolve }));
  }

  close(): void {
    this.req?.destroy();
  }

  private push(e: ServerEvent): void {
    this.events.push(e);
    for (const w of [...this.waiters]) {
      if (w.name !== e.event) continue;
      this.waiters.splice(this.waiters.indexOf(w), 1);
      w.resolve(e);
    }
  }
}
