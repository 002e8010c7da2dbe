import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unlockAttemptsPath } from '../../../../db/security/database-keys/unlock-attempts.ts';
import { startWebHost, type WebHost } from '../../../../scripts/web-host.ts';
import { makeTempDir } from '../../../helpers/temp-database.ts';
import { admin, name, ok } from './encryption-fixture.ts';

/*
 * Issue 12, the locked start: the loopback host started on an encrypted database with nobody's
 * password in the environment opens nothing. Every call answers "the database is encrypted —
 * sign in", except database.unlock, whose name and password unwrap the key from the key file,
 * open the file and sign in at once. A wrong password opens nothing (the file is not even read
 * by SQLite: no WAL appears, no byte changes); five make the next try wait, and a restart of
 * the host does not reset that.
 */

const petra = { userName: admin.PRISTAV_USER, password: admin.PRISTAV_PASSWORD };
const locked = 'Databáze je zašifrovaná — přihlaste se svým jménem a heslem.';
const wrong = 'Nesprávné jméno nebo heslo.';

type Answer = { ok: boolean; value?: unknown; error?: { code: string; message: string } };

let temp: ReturnType<typeof makeTempDir>;
let db: string;
const hosts: WebHost[] = [];

beforeEach(async () => {
  temp = makeTempDir();
  db = join(temp.dir, 'pristav.sqlite');
  await ok(
    {},
    ...['--db', db, 'init', '--site', 'Centrum Liberec', '--town', 'Liberec', '--hq'],
    ...['--admin', petra.userName, '--password', petra.password],
  );
  await ok(
    admin,
    ...['--db', db, 'client', 'add', '--family', name, '--given', 'Xochitl'],
    ...['--nationality', 'MX'],
  );
});

afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
  temp.cleanup();
});

async function start(options: { now?: () => number; unlock?: typeof petra } = {}) {
  const host = await startWebHost({
    dbPath: db,
    staticDir: join(temp.dir, 'renderer'),
    ...options,
  });
  hosts.push(host);
  return host;
}

async function api(host: WebHost, method: string, input: unknown = {}): Promise<Answer> {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
    method: 'POST',
    headers: { 'X-Pristav-Token': host.token, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  return (await response.json()) as Answer;
}

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const filesBeside = () => readdirSync(temp.dir).sort();

describe('the loopback host on an encrypted database, without a password in the environment', () => {
  it('answers every call "encrypted — sign in" until a right name and password unlock it', async () => {
    const before = { hash: hash(db), files: filesBeside() };
    const host = await start();
    for (const method of ['app.info', 'session.status', 'session.signIn', 'clients.list']) {
      const answer = await api(host, method, method === 'session.signIn' ? petra : {});
      expect({ method, error: answer.error }).toEqual({
        method,
        error: { code: 'DB_LOCKED', message: locked },
      });
    }
    expect((await api(host, 'clients.dropAll')).error?.code).toBe('UNKNOWN_METHOD');

    // Wrong: one Czech line, and nothing opened — no WAL, not a byte changed.
    const refused = await api(host, 'database.unlock', { ...petra, password: 'spravce-2025' });
    expect(refused.error).toEqual({ code: 'SIGN_IN_FAILED', message: wrong });
    const nobody = await api(host, 'database.unlock', { userName: 'Nikdo', password: 'x' });
    expect(nobody.error).toEqual({ code: 'SIGN_IN_FAILED', message: wrong });
    const empty = await api(host, 'database.unlock', { userName: '', password: '' });
    expect(empty.error?.code).toBe('VALIDATION');
    expect(empty.error?.message).toContain('Jméno');
    expect((await api(host, 'app.info')).error?.code).toBe('DB_LOCKED');
    expect(hash(db)).toBe(before.hash);
    expect(existsSync(`${db}-wal`)).toBe(false);
    // Only the count of failed tries is new beside the file (and it names nobody).
    expect(filesBeside()).toEqual([...before.files, 'pristav.sqlite.unlock-attempts.json'].sort());
    const attempts = readFileSync(unlockAttemptsPath(db), 'utf8');
    expect(attempts).not.toMatch(/petra|sovov|nikdo/i);

    // Right: open and signed in, in one step.
    const unlocked = await api(host, 'database.unlock', { ...petra, userName: 'petra sovova' });
    expect(unlocked).toMatchObject({
      ok: true,
      value: { isSignInRequired: true, isLocked: false, user: { name: petra.userName } },
    });
    const list = (await api(host, 'clients.list', {})) as { value: { rows: unknown[] } };
    expect(JSON.stringify(list.value.rows)).toContain(name);
    expect((await api(host, 'app.info')).value).toMatchObject({
      site: { name: 'Centrum Liberec' },
    });
    // A success clears that name's count; the other name's stays.
    expect(Object.keys(JSON.parse(readFileSync(unlockAttemptsPath(db), 'utf8')))).toHaveLength(1);
    // Once open, unlock is a sign-in: a wrong password is refused by the open database.
    expect((await api(host, 'database.unlock', { ...petra, password: 'nic' })).error?.code).toBe(
      'SIGN_IN_FAILED',
    );
  });

  it('makes the sixth try wait after five wrong ones, across a restart of the host', async () => {
    let clock = Date.parse('2026-12-04T09:00:00Z');
    const now = () => clock;
    const first = await start({ now });
    for (let attempt = 1; attempt <= 5; attempt++) {
      const answer = await api(first, 'database.unlock', {
        ...petra,
        password: `hádám-${attempt}`,
      });
      expect(answer.error?.code, `attempt ${attempt}`).toBe('SIGN_IN_FAILED');
    }
    const waiting = await api(first, 'database.unlock', petra);
    expect(waiting.error).toEqual({
      code: 'SIGN_IN_WAIT',
      message: 'Příliš mnoho nezdařených pokusů o přihlášení. Zkuste to znovu za 30 s.',
    });
    // Another name is not held back by Petra's failures.
    const other = await api(first, 'database.unlock', { userName: 'Radka', password: 'x' });
    expect(other.error?.code).toBe('SIGN_IN_FAILED');
    await first.close();
    hosts.length = 0;

    const second = await start({ now });
    expect((await api(second, 'database.unlock', petra)).error?.code).toBe('SIGN_IN_WAIT');
    expect((await api(second, 'app.info')).error?.code).toBe('DB_LOCKED');
    clock += 31_000;
    expect(await api(second, 'database.unlock', petra)).toMatchObject({
      ok: true,
      value: { user: { name: petra.userName } },
    });
  });

  it('opens with PRISTAV_USER/PRISTAV_PASSWORD at start; a wrong pair leaves it locked', async () => {
    const right = await start({ unlock: petra });
    expect(await api(right, 'app.info')).toMatchObject({ ok: true });
    // The key came from the environment: people still sign in.
    expect((await api(right, 'clients.list')).error?.code).toBe('SIGN_IN_REQUIRED');
    await right.close();
    hosts.length = 0;

    const wrongPair = await start({ unlock: { ...petra, password: 'spatne-heslo' } });
    expect((await api(wrongPair, 'app.info')).error).toEqual({
      code: 'DB_LOCKED',
      message: locked,
    });
    expect(await api(wrongPair, 'database.unlock', petra)).toMatchObject({ ok: true });
  });
});
