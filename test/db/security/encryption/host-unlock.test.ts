import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../../../scripts/web-host.ts';
import { cliWith } from '../../../helpers/run-cli.ts';
import { makeTempDir } from '../../../helpers/temp-database.ts';

const admin = { userName: 'Petra Sovová', password: 'spravce-2026' };
const hosts: WebHost[] = [];
let cleanup: (() => void) | undefined;
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
  cleanup?.();
});

async function api(host: WebHost, method: string, input: unknown = {}) {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
    method: 'POST',
    headers: { 'X-Pristav-Token': host.token, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  return (await response.json()) as {
    ok: boolean;
    error?: { code: string; message: string };
    value?: unknown;
  };
}

describe('the loopback host on an encrypted database', () => {
  it('opens it with the key unwrapped by PRISTAV_USER/PRISTAV_PASSWORD; else it starts locked', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const db = join(temp.dir, 'pristav.sqlite');
    const init = await cliWith(
      {},
      ...['--db', db, 'init', '--site', 'Centrum', '--town', 'Liberec', '--hq'],
      ...['--admin', admin.userName, '--password', admin.password],
    );
    expect(init.code).toBe(0);
    const staticDir = join(temp.dir, 'renderer');

    const unlocked = await startWebHost({ dbPath: db, staticDir, unlock: admin });
    hosts.push(unlocked);
    expect(await api(unlocked, 'session.signIn', admin)).toMatchObject({ ok: true });
    expect(await api(unlocked, 'clients.list', {})).toMatchObject({ ok: true });
    await unlocked.close();
    hosts.length = 0;

    const wrong = await startWebHost({
      dbPath: db,
      staticDir,
      unlock: { ...admin, password: 'spatne' },
    });
    hosts.push(wrong);
    // The window asks instead (locked-start.test.ts): database.unlock.
    expect((await api(wrong, 'app.info')).error?.code).toBe('DB_LOCKED');

    const none = await startWebHost({ dbPath: db, staticDir });
    hosts.push(none);
    expect((await api(none, 'app.info')).error?.message).toBe(
      'Databáze je zašifrovaná — přihlaste se svým jménem a heslem.',
    );
    // A key that is not this file's still gets the usual line.
    const wrongKey = await startWebHost({ dbPath: db, staticDir, dbKey: 'hádám' });
    hosts.push(wrongKey);
    expect((await api(wrongKey, 'app.info')).error?.message).toContain('nesprávný klíč');
  });
});
