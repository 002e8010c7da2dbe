import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createUnavailableApi, type Api } from '../db/api.ts';
import { errorMessage } from '../db/contract/errors.ts';
import { toLanguage } from '../db/contract/language.ts';
import { openApp } from '../db/open-app.ts';
import { defaultDatabasePath } from './lib/default-db-path.ts';
import { hasValidToken, isAllowedHost, isAllowedOrigin } from './lib/http-guard.ts';
import { serveStatic } from './lib/static-files.ts';

export interface WebHostOptions {
  dbPath: string;
  port?: number;
  staticDir?: string;
  dbKey?: string;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const maxBodyBytes = 20 * 1024 * 1024;

/**
 * The loopback host: the built renderer and `POST /api/<method>` on 127.0.0.1 only, for where
 * Electron cannot run and for e2e tests. Same API as the desktop window, other transport.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const staticDir = options.staticDir ?? join(import.meta.dirname, '..', 'dist', 'renderer');
  const opened = await openApp({
    file: options.dbPath,
    mode: 'open-or-create',
    ...(options.dbKey === undefined ? {} : { key: options.dbKey }),
  }).catch((error: unknown) => ({ error }));
  const api = 'error' in opened ? createUnavailableApi(opened.error, options.dbPath) : opened.api;
  const token = randomBytes(24).toString('base64url');
  let port = 0;

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  async function handle(request: IncomingMessage, response: ServerResponse) {
    if (!isAllowedHost(request, port)) return reply(response, 403, 'Forbidden host');
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path.startsWith('/api/')) return handleApi(api, token, port, path, request, response);
    if (request.method !== 'GET' && request.method !== 'HEAD') return reply(response, 405, '');
    return serveStatic(staticDir, path, response);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (!('error' in opened)) opened.close();
    },
  };
}

async function handleApi(
  api: Api,
  token: string,
  port: number,
  path: string,
  request: IncomingMessage,
  response: ServerResponse,
) {
  if (!isAllowedOrigin(request, port)) return reply(response, 403, 'Forbidden origin');
  if (!hasValidToken(request, token)) return reply(response, 401, 'Missing or wrong token');
  if (request.method !== 'POST') return reply(response, 405, 'Use POST');
  const lang = toLanguage(request.headers['x-pristav-lang']);
  const method = decodeURIComponent(path.slice('/api/'.length));
  const body = await readBody(request);
  if (body === null) return reply(response, 413, 'Request too large');
  let input: unknown;
  try {
    input = body.length === 0 ? undefined : JSON.parse(body);
  } catch {
    const message = errorMessage('VALIDATION', lang, { details: 'JSON' });
    return replyJson(response, { ok: false, error: { code: 'VALIDATION', message } });
  }
  replyJson(response, await api.invoke(method, input, lang));
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function reply(response: ServerResponse, status: number, text: string) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}

function replyJson(response: ServerResponse, value: unknown) {
  response.writeHead(200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(JSON.stringify(value));
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string' } },
  });
  const host = await startWebHost({
    dbPath: values.db ?? defaultDatabasePath(),
    ...(values.port === undefined ? {} : { port: Number(values.port) }),
    ...(process.env.PRISTAV_DB_KEY === undefined ? {} : { dbKey: process.env.PRISTAV_DB_KEY }),
  });
  console.log(`Přístav běží na ${host.url}`);
}
