import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { securityHeaders } from '../../db/contract/security-headers.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

/** Resolves a URL path inside `root`, or null when it would leave it. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = normalize(decoded === '/' ? '/index.html' : decoded).replace(/^([/\\])+/, '');
  const full = resolve(root, relative);
  return full === resolve(root) || full.startsWith(resolve(root) + sep) ? full : null;
}

export async function serveStatic(root: string, urlPath: string, response: ServerResponse) {
  const file = resolveInside(root, urlPath);
  if (file === null) return send(response, 404, 'text/plain; charset=utf-8', 'Nenalezeno');
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
  } catch {
    if (!(await exists(join(root, 'index.html')))) {
      return send(
        response,
        503,
        'text/plain; charset=utf-8',
        'Uživatelské rozhraní není sestaveno: spusťte npm run build:renderer.',
      );
    }
    return send(response, 404, 'text/plain; charset=utf-8', 'Nenalezeno');
  }
  const type = contentTypes[extname(file)] ?? 'application/octet-stream';
  send(response, 200, type, await readFile(file));
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer) {
  response.writeHead(status, {
    ...securityHeaders,
    'Content-Type': type,
    'Cache-Control': 'no-store',
  });
  response.end(body);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
