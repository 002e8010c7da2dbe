import { createServer, request, type Server } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../scripts/web-host.ts';
import { makeTempDir } from '../helpers/temp-database.ts';

/**
 * The loopback host's guards, from outside, as an attacker would meet them: another program or
 * user on the machine (no token), another site's page in the user's browser (foreign Origin), a
 * DNS-rebinding page (foreign Host), another computer on the network (it must not be reachable).
 * The real host, on port 0, over a real temporary database.
 */

let host: WebHost;
let temp: ReturnType<typeof makeTempDir>;

interface Answer {
  status: number;
  body: string;
}

/** A raw HTTP call to 127.0.0.1, so the test sets Host and Origin exactly as it likes. */
function call(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
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
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** True when a TCP connection to address:port is accepted (false: refused, unreachable, slow). */
function accepts(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: address, port, timeout: 2000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Every address of this machine but 127.0.0.1: other loopback ones, IPv6, the network's. */
function otherLocalAddresses(): string[] {
  const addresses = ['127.0.0.2', '::1'];
  for (const [name, entries] of Object.entries(networkInterfaces())) {
    for (const entry of entries ?? []) {
      if (entry.address === '127.0.0.1' || addresses.includes(entry.address)) continue;
      // A link-local IPv6 address is reachable only through its interface.
      addresses.push(
        entry.address.startsWith('fe80:') ? `${entry.address}%${name}` : entry.address,
      );
    }
  }
  return addresses;
}

const siteInput = JSON.stringify({
  name: 'Centrum Liberec',
  town: 'Liberec',
  isHq: true,
  adminName: 'Petra',
});

function ownOrigin(): string {
  return `http://127.0.0.1:${host.port}`;
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

describe('the loopback host guards', () => {
  it('can be reached on 127.0.0.1 only, not on any other address of this machine', async () => {
    expect(await accepts('127.0.0.1', host.port)).toBe(true);
    for (const address of otherLocalAddresses()) {
      expect(await accepts(address, host.port), address).toBe(false);
    }

    // The probe does see a server that listens on every address, so the above means something.
    const exposed: Server = createServer();
    await new Promise<void>((resolve) => exposed.listen(0, '0.0.0.0', resolve));
    const exposedPort = (exposed.address() as { port: number }).port;
    try {
      expect(await accepts('127.0.0.2', exposedPort)).toBe(true);
    } finally {
      await new Promise((resolve) => exposed.close(resolve));
    }
  });

  it('refuses API calls without the token, or with a wrong one, with 401', async () => {
    const wrongTokens = [
      '',
      'x'.repeat(host.token.length),
      host.token.slice(0, -1),
      `${host.token}x`,
      host.token.toUpperCase() === host.token ? host.token.toLowerCase() : host.token.toUpperCase(),
    ];
    expect((await call('/api/app.info')).status).toBe(401);
    for (const token of wrongTokens) {
      const answer = await call('/api/app.info', { headers: { 'X-Pristav-Token': token } });
      expect(answer.status, token).toBe(401);
      expect(answer.body).not.toContain('"ok"');
    }
    // The token counts only in its own header, never in the URL or as a bearer credential.
    for (const attempt of [
      call(`/api/app.info?token=${host.token}`),
      call(`/api/app.info#token=${host.token}`),
      call('/api/app.info', { headers: { Authorization: `Bearer ${host.token}` } }),
      call('/api/app.info', { headers: { Cookie: `token=${host.token}` } }),
    ]) {
      expect((await attempt).status).toBe(401);
    }
  });

  it('refuses a foreign Origin with 403, even with the token', async () => {
    const port = host.port;
    for (const origin of [
      'http://evil.example',
      `http://evil.example:${port}`,
      `http://127.0.0.1.evil.example:${port}`,
      `http://localhost.evil.example:${port}`,
      `http://127.0.0.1:${port + 1}`,
      `https://127.0.0.1:${port}`,
      'http://127.0.0.1',
      'null',
      'file://',
    ]) {
      const answer = await call('/api/app.info', {
        headers: { 'X-Pristav-Token': host.token, Origin: origin },
      });
      expect(answer.status, origin).toBe(403);
    }
  });

  it('refuses a foreign Host with 403 (DNS rebinding), pages and API alike', async () => {
    const port = host.port;
    for (const hostHeader of [
      `evil.example:${port}`,
      'evil.example',
      `127.0.0.1.nip.io:${port}`,
      `localhost.evil.example:${port}`,
      `127.0.0.1:${port + 1}`,
      '127.0.0.1',
      `[::1]:${port}`,
      `0.0.0.0:${port}`,
    ]) {
      const api = await call('/api/app.info', {
        headers: { 'X-Pristav-Token': host.token, Host: hostHeader },
      });
      expect(api.status, hostHeader).toBe(403);
      const page = await call('/', { method: 'GET', headers: { Host: hostHeader } });
      expect(page.status, hostHeader).toBe(403);
    }
  });

  it('does nothing for a refused call, and serves the same call when it is right', async () => {
    const refused: Record<string, string>[] = [
      {},
      { 'X-Pristav-Token': 'x'.repeat(host.token.length) },
      { 'X-Pristav-Token': host.token, Origin: 'http://evil.example' },
      { 'X-Pristav-Token': host.token, Host: `evil.example:${host.port}` },
    ];
    for (const headers of refused) {
      const answer = await call('/api/site.create', { headers, body: siteInput });
      expect([401, 403], JSON.stringify(headers)).toContain(answer.status);
    }
    const before = await call('/api/app.info', { headers: { 'X-Pristav-Token': host.token } });
    expect(JSON.parse(before.body)).toMatchObject({ ok: true, value: { site: null } });

    // The page's own call: its token, its Origin, its Host.
    for (const origin of [ownOrigin(), `http://localhost:${host.port}`]) {
      const info = await call('/api/app.info', {
        headers: {
          'X-Pristav-Token': host.token,
          Origin: origin,
          Host: origin.slice('http://'.length),
        },
      });
      expect(info.status, origin).toBe(200);
    }
    const created = await call('/api/site.create', {
      headers: { 'X-Pristav-Token': host.token, Origin: ownOrigin() },
      body: siteInput,
    });
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body)).toMatchObject({
      ok: true,
      value: { name: 'Centrum Liberec' },
    });
  });
});
