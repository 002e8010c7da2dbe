import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Api } from '../db/api.ts';
import { errorMessage, type ErrorCode } from '../db/contract/errors.ts';
import { type Language, toLanguage } from '../db/contract/language.ts';
import { startApp } from '../db/start-app.ts';
import { credentialsFrom } from '../db/security/database-keys/unlock-key.ts';
import { defaultDatabasePath } from './lib/default-db-path.ts';
import {
  decodeMethodName,
  hasValidToken,
  isAllowedHost,
  isAllowedOrigin,
  requestPath,
} from './lib/http-guard.ts';
import { serveStatic } from './lib/static-files.ts';

export interface WebHostOptions {
  dbPath: string;
  port?: number;
  staticDir?: string;
  dbKey?: string;
  /**
   * Unwraps an encrypted database's key from its key file at start (PRISTAV_USER,
   * PRISTAV_PASSWORD). Without it (or with a wrong pair) such a database starts locked: the
   * page asks for a name and password (`database.unlock`, db/start-app.ts).
   */
  unlock?: { userName: string; password: string };
  /** The unlock delay's clock (tests). */
  now?: () => number;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * Uploads come as base64 in JSON: a sync file or an enrolment file with a whole register of a
 * few hundred thousand operations is tens of MB. The host listens on loopback only, for one
 * signed-in page; the bound keeps a runaway page from exhausting memory.
 */
const maxBodyBytes = 256 * 1024 * 1024;

/**
 * The loopback host: the built renderer and `POST /api/<method>` on 127.0.0.1 only, for where
 * Electron cannot run and for e2e tests. Same API as the desktop window, other transport.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const staticDir = options.staticDir ?? join(import.meta.dirname, '..', 'dist', 'renderer');
  // The loopback host has no OS keystore: an encrypted database is unlocked with a password.
  const started = await startApp({
    file: options.dbPath,
    ...(options.dbKey === undefined ? {} : { dbKey: options.dbKey }),
    ...(options.unlock === undefined ? {} : { credentials: options.unlock }),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  const { api } = started;
  const token = randomBytes(24).toString('base64url');
  let port = 0;

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      // Nothing of the failure goes out (it may name files or data); the body still says what
      // happened, in the envelope every API answer has.
      if (response.headersSent) return response.end();
      const lang = toLanguage(request.headers['x-pristav-lang']);
      replyJson(response, apiError('INTERNAL', lang), 500);
    });
  });
  async function handle(request: IncomingMessage, response: ServerResponse) {
    if (!isAllowedHost(request, port)) return reply(response, 403, 'Forbidden host');
    const path = requestPath(request.url);
    if (path === null) return reply(response, 400, 'Bad request');
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
      started.close();
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
  const method = decodeMethodName(path);
  if (method === null) {
    return replyJson(response, apiError('BAD_REQUEST', lang, { path: path.slice(0, 200) }), 400);
  }
  const body = await readBody(request);
  if (body === null) return reply(response, 413, 'Request too large');
  let input: unknown;
  try {
    input = body.length === 0 ? undefined : JSON.parse(body);
  } catch {
    return replyJson(response, apiError('VALIDATION', lang, { details: 'JSON' }));
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

/** The `unlock` option from PRISTAV_USER and PRISTAV_PASSWORD, when both are set. */
export function unlockOption(env: Record<string, string | undefined>) {
  const credentials = credentialsFrom(env);
  return credentials === undefined ? {} : { unlock: credentials };
}

function reply(response: ServerResponse, status: number, text: string) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}

function apiError(code: ErrorCode, lang: Language, params: Record<string, string> = {}) {
  return { ok: false, error: { code, message: errorMessage(code, lang, params) } };
}

function replyJson(response: ServerResponse, value: unknown, status = 200) {
  response.writeHead(status, {
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
    ...unlockOption(process.env),
  });
  console.log(`Přístav běží na ${host.url}`);
}
