import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../scripts/web-host.ts';
import { makeTempDir } from '../helpers/temp-database.ts';

let host: WebHost;
let temp: ReturnType<typeof makeTempDir>;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP call, so the test controls Host and Origin exactly as an attacker could. */
function call(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<Answer>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path,
        method: options.method ?? 'POST',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

beforeAll(async () => {
  temp = makeTempDir();
  const staticDir = join(temp.dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Přístav</title>');
  writeFileSync(join(temp.dir, 'secret.txt'), 'not for the browser');
  host = await startWebHost({ dbPath: join(temp.dir, 'host.sqlite'), staticDir });
});
afterAll(async () => {
  await host.close();
  temp.cleanup();
});

describe('the loopback host', () => {
  it('listens on 127.0.0.1 and gives the token in the URL fragment', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers an API call that carries the token', async () => {
    const answer = await call('/api/app.info', { headers: { 'X-Pristav-Token': host.token } });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true, value: { site: null } });
  });

  it('refuses a call without the token or with a wrong one (401)', async () => {
    expect((await call('/api/app.info')).status).toBe(401);
    const wrong = await call('/api/app.info', { headers: { 'X-Pristav-Token': 'x'.repeat(32) } });
    expect(wrong.status).toBe(401);
  });

  it('refuses a call from a foreign Origin even with the token (403)', async () => {
    const answer = await call('/api/app.info', {
      headers: { 'X-Pristav-Token': host.token, Origin: 'https://evil.example' },
    });
    expect(answer.status).toBe(403);
    const sameOrigin = await call('/api/app.info', {
      headers: { 'X-Pristav-Token': host.token, Origin: `http://127.0.0.1:${host.port}` },
    });
    expect(sameOrigin.status).toBe(200);
  });

  it('refuses a foreign Host header, as a DNS-rebinding page would send (403)', async () => {
    const answer = await call('/api/app.info', {
      headers: { 'X-Pristav-Token': host.token, Host: `evil.example:${host.port}` },
    });
    expect(answer.status).toBe(403);
  });

  it('serves the renderer with a strict CSP and nothing outside its folder', async () => {
    const index = await call('/', { method: 'GET' });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("default-src 'self'");
    expect((await call('/../secret.txt', { method: 'GET' })).body).not.toContain('not for');
    expect((await call('/%2e%2e/secret.txt', { method: 'GET' })).status).toBe(404);
  });

  it('answers malformed JSON with a Czech validation message', async () => {
    const answer = await call('/api/settings.set', {
      headers: { 'X-Pristav-Token': host.token },
      body: '{broken',
    });
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
