import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Who may talk to the loopback host: only pages it served itself. The Host check stops DNS
 * rebinding, the Origin check stops other sites' pages in the same browser, and the per-start
 * token stops other local programs and users that can reach the port.
 */
export function allowedOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

export function isAllowedHost(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

export function isAllowedOrigin(request: IncomingMessage, port: number): boolean {
  const origin = request.headers.origin;
  // Same-origin fetches from some browsers omit Origin on POST; the token still guards them.
  return origin === undefined || allowedOrigins(port).includes(origin);
}

export function hasValidToken(request: IncomingMessage, token: string): boolean {
  const sent = request.headers['x-pristav-token'];
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The method name of `POST /api/<method>`, decoded; null when the path's percent-encoding is
 * malformed ("%E0%A4%A"), which the host answers with 400 rather than failing on.
 */
export function decodeMethodName(apiPath: string): string | null {
  try {
    return decodeURIComponent(apiPath.slice('/api/'.length));
  } catch {
    return null;
  }
}

/** The path of a request target, or null when it cannot be read as a URL at all. */
export function requestPath(url: string | undefined): string | null {
  try {
    return new URL(url ?? '/', 'http://127.0.0.1').pathname;
  } catch {
    return null;
  }
}
