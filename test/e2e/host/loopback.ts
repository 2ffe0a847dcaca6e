// Request guards of the test host: only loopback Host/Origin headers (no DNS rebinding, no cross-site calls).
import type { IncomingMessage } from 'node:http';

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost'] as const;

/** The Host header must name this server on a loopback name; anything else is refused. */
export function isLoopbackHost(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host;
  if (host === undefined) return false;
  return LOOPBACK_NAMES.some((name) => host === `${name}:${port}`);
}

/** A browser's Origin header, when present, must be this server's own loopback origin. */
export function isLoopbackOrigin(request: IncomingMessage, port: number): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  return LOOPBACK_NAMES.some((name) => origin === `http://${name}:${port}`);
}

/** Fetch metadata, when present, must say the request comes from this origin (or is a top-level navigation). */
export function isSameSiteFetch(request: IncomingMessage): boolean {
  const site = request.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}
