import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keyFilePath } from '../../../../db/security/database-keys/key-file.ts';
import { startWebHost, type WebHost } from '../../../../scripts/web-host.ts';
import { makeTempDir } from '../../../helpers/temp-database.ts';
import { admin, ok } from './encryption-fixture.ts';

/*
 * A password changed at another office arrives in a sync file with the user; the key file here
 * still wraps the database key with the old one. At the locked start the old password opens
 * the key — so the database opens — but the database's own sign-in wants the new one: the
 * answer is the sign-in's line, the file stays open, and the new password then signs in and
 * brings the key file up to date, so the next start unlocks with it.
 */

const petra = { userName: admin.PRISTAV_USER, password: admin.PRISTAV_PASSWORD };
const newPassword = 'nove-heslo-2027';

type Answer = { ok: boolean; value?: unknown; error?: { code: string; message: string } };

let temp: ReturnType<typeof makeTempDir> | undefined;
const hosts: WebHost[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
  temp?.cleanup();
});

async function send(host: WebHost, method: string, input: unknown = {}): Promise<Answer> {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
    method: 'POST',
    headers: { 'X-Pristav-Token': host.token, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  return (await response.json()) as Answer;
}

describe('a key file that still holds an old password', () => {
  it('opens with the old one, signs in with the new one, and is then brought up to date', async () => {
    temp = makeTempDir();
    const db = join(temp.dir, 'pristav.sqlite');
    await ok(
      {},
      ...['--db', db, 'init', '--site', 'Centrum', '--town', 'Liberec', '--hq'],
      ...['--admin', petra.userName, '--password', petra.password],
    );
    // The new password as a sync file brings it: the database has it, this key file does not.
    const oldKeyFile = readFileSync(keyFilePath(db));
    await ok(
      admin,
      ...['--db', db, 'call', 'users.setPassword'],
      JSON.stringify({ currentPassword: petra.password, password: newPassword }),
    );
    writeFileSync(keyFilePath(db), oldKeyFile);

    const staticDir = join(temp.dir, 'renderer');
    const first = await startWebHost({ dbPath: db, staticDir });
    hosts.push(first);
    // The new password does not open this key file: nothing opens.
    const locked = await send(first, 'database.unlock', { ...petra, password: newPassword });
    expect(locked.error?.code).toBe('SIGN_IN_FAILED');
    expect((await send(first, 'app.info')).error?.code).toBe('DB_LOCKED');
    // The old one opens the file, but is not the password to sign in with.
    expect((await send(first, 'database.unlock', petra)).error?.code).toBe('SIGN_IN_FAILED');
    expect(await send(first, 'app.info')).toMatchObject({ ok: true });
    expect(await send(first, 'database.unlock', { ...petra, password: newPassword })).toMatchObject(
      {
        ok: true,
        value: { user: { name: petra.userName } },
      },
    );
    await first.close();
    hosts.length = 0;

    expect(readFileSync(keyFilePath(db)).equals(oldKeyFile)).toBe(false);
    const next = await startWebHost({ dbPath: db, staticDir });
    hosts.push(next);
    expect((await send(next, 'database.unlock', petra)).error?.code).toBe('SIGN_IN_FAILED');
    expect((await send(next, 'app.info')).error?.code).toBe('DB_LOCKED');
    expect(await send(next, 'database.unlock', { ...petra, password: newPassword })).toMatchObject({
      ok: true,
    });
  });
});
