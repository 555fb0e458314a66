/** Names that always mean this machine. */
const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for addresses only this machine can reach: 127.0.0.0/8, ::1 and `localhost`. */
export function isLoopbackAddress(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * True when a `Host` header names this machine at our port (`localhost:4000`, `127.0.0.1`,
 * `[::1]:4000`). A page on another site that rebinds its DNS name to 127.0.0.1 still sends its
 * own name here, so checking the name stops it from reading the dev server (DNS rebinding).
 */
export function isLoopbackHost(header: string | undefined, port: number): boolean {
  if (!header) return false;
  const m = /^(\[[^\]]*\]|[^:]+)(?::(\d+))?$/.exec(header.toLowerCase());
  if (!m) return false;
  return LOOPBACK_NAMES.has(m[1] as string) && (m[2] === undefined || Number(m[2]) === port);
}

/**
 * True when an `Origin` header (sent by browsers on cross-origin requests) is absent or is this
 * server itself, as the request's `Host` names it: a foreign page may not open the event stream.
 */
export function isOwnOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return true;
  if (!host) return false;
  return origin.toLowerCase() === `http://${host.toLowerCase()}`;
}
