import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../scripts/web-host.ts';
import { makeTempDir } from '../helpers/temp-database.ts';

let host: WebHost;
let temp: ReturnType<typeof makeTempDir>;

/** A raw POST with the token, so the path reaches the host exactly as written. */
function post(path: string, lang = 'cs') {
  return new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path,
        method: 'POST',
        headers: { 'X-Pristav-Token': host.token, 'X-Pristav-Lang': lang },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type']),
            body,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  temp = makeTempDir();
  host = await startWebHost({
    dbPath: join(temp.dir, 'host.sqlite'),
    staticDir: join(temp.dir, 'renderer'),
  });
});
afterAll(async () => {
  await host.close();
  temp.cleanup();
});

describe('the loopback host and a malformed method path', () => {
  it('answers a bad percent-encoding with 400 and a Czech message in the API envelope', async () => {
    const answer = await post('/api/%E0%A4%A');
    expect(answer.status).toBe(400);
    expect(answer.type).toContain('application/json');
    expect(JSON.parse(answer.body)).toEqual({
      ok: false,
      error: {
        code: 'BAD_REQUEST',
        message:
          'Neplatná adresa požadavku /api/%E0%A4%A: název operace není platně zakódovaný (procentové kódování URL).',
      },
    });
  });

  it('speaks English on request, and still answers well-formed calls', async () => {
    const answer = await post('/api/app.%ZZinfo', 'en');
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body).error.message).toContain('not validly percent-encoded');
    const unknown = await post('/api/no.such%20method');
    expect(unknown.status).toBe(200);
    expect(JSON.parse(unknown.body)).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect((await post('/api/app.info')).status).toBe(200);
  });
});
