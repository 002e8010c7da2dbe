import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keyFilePath } from '../../../../db/security/database-keys/key-file.ts';
import { startWebHost, type WebHost } from '../../../../scripts/web-host.ts';
import { makeTempDir } from '../../../helpers/temp-database.ts';
import { admin, filesUnder, name, ok } from './encryption-fixture.ts';

/*
 * Issue 12 point 3 for the window: a database set up from the first-run form — a new site
 * (site.create) or a branch joining its organisation (sync.join) — with the administrator's
 * password is encrypted at rest at once, with its key file, exactly as `init --password`
 * leaves it. The host is started on a folder with no database, as on a new office PC; then
 * every file in the folder is searched for a client's name (encrypted-at-rest.test.ts's grep).
 */

const petra = { userName: admin.PRISTAV_USER, password: admin.PRISTAV_PASSWORD };
const plainHeader = 'SQLite format 3\u0000';

type Answer = { ok: boolean; value?: unknown; error?: { code: string; message: string } };

let temp: ReturnType<typeof makeTempDir> | undefined;
const hosts: WebHost[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
  temp?.cleanup();
});

async function start(db: string) {
  const host = await startWebHost({ dbPath: db, staticDir: join(db, '..', 'renderer') });
  hosts.push(host);
  return host;
}

async function stop(host: WebHost) {
  await host.close();
  hosts.splice(hosts.indexOf(host), 1);
}

async function call<T = unknown>(host: WebHost, method: string, input: unknown = {}): Promise<T> {
  const answer = await send(host, method, input);
  if (!answer.ok) throw new Error(`${method}: ${answer.error?.message}`);
  return answer.value as T;
}

async function send(host: WebHost, method: string, input: unknown = {}): Promise<Answer> {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
    method: 'POST',
    headers: { 'X-Pristav-Token': host.token, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  return (await response.json()) as Answer;
}

const header = (file: string) => readFileSync(file).subarray(0, 16).toString('latin1');

/** No file under the folder holds the name: its UTF-8 bytes, or its plain ASCII stem. */
function expectNoNameIn(folder: string) {
  const files = filesUnder(folder);
  expect(files.length).toBeGreaterThan(1);
  for (const file of files) {
    const bytes = readFileSync(file);
    const has = [name, 'Quetzalcoatl'].some((text) => bytes.includes(Buffer.from(text, 'utf8')));
    expect({ file, has }).toEqual({ file, has: false });
  }
  return files;
}

describe('the first-run form encrypts the new database', () => {
  it('a new site: encrypted with its key file, the administrator still signed in, no name on disk', async () => {
    temp = makeTempDir();
    const data = join(temp.dir, 'data');
    mkdirSync(data);
    const db = join(data, 'pristav.sqlite');
    const host = await start(db);
    expect(await call(host, 'app.info')).toMatchObject({ site: null });
    await call(host, 'site.create', {
      name: 'Centrum Liberec',
      town: 'Liberec',
      isHq: true,
      adminName: petra.userName,
      adminPassword: petra.password,
    });
    expect(header(db)).not.toBe(plainHeader);
    // The same session goes on after the file was closed, encrypted and opened again.
    expect(await call(host, 'session.status')).toMatchObject({ user: { name: petra.userName } });
    const client = await call<{ id: string }>(host, 'clients.create', {
      familyName: name,
      givenNames: 'Xochitl',
      nationality: 'MX',
      consentDate: '2026-01-05',
    });
    await call(host, 'acts.record', {
      clientId: client.id,
      type: 'interpreting',
      minutes: 30,
      note: `Tlumočení pro paní ${name}`,
    });
    await call(host, 'backups.take', {});
    expect(JSON.stringify(await call(host, 'clients.list', {}))).toContain(name);
    await stop(host);

    const files = expectNoNameIn(data);
    expect(files).toContain(keyFilePath(db));
    expect(files.some((file) => file.startsWith(join(data, 'backups')))).toBe(true);

    // The next start is locked until the administrator's password unlocks it.
    const next = await start(db);
    expect((await send(next, 'app.info')).error?.code).toBe('DB_LOCKED');
    await call(next, 'database.unlock', petra);
    expect(JSON.stringify(await call(next, 'clients.list', {}))).toContain(name);
    // And the CLI opens it as any database made by `init --password`.
    const list = await ok<{ rows: unknown[] }>(admin, '--db', db, 'call', 'clients.list', '{}');
    expect(JSON.stringify(list.rows)).toContain(name);
  });

  it('a branch joined from its enrolment file: the whole register arrives encrypted', async () => {
    temp = makeTempDir();
    const hqDb = join(temp.dir, 'hq.sqlite');
    await ok(
      {},
      ...['--db', hqDb, 'init', '--site', 'Liberec', '--town', 'Liberec', '--hq'],
      ...['--admin', petra.userName, '--password', petra.password],
    );
    await ok(
      admin,
      ...['--db', hqDb, 'client', 'add', '--family', name, '--given', 'Xochitl'],
      ...['--nationality', 'MX'],
    );
    const enrolment = join(temp.dir, 'jablonec.pristav-enrol');
    const enrolled = await ok<{ passphrase: string }>(
      admin,
      ...['--db', hqDb, 'sync', 'enrol', '--site', 'Jablonec', '--town', 'Jablonec nad Nisou'],
      ...['--out', enrolment],
    );

    const branch = join(temp.dir, 'branch');
    mkdirSync(branch);
    const db = join(branch, 'pristav.sqlite');
    const host = await start(db);
    await call(host, 'sync.join', {
      file: { name: 'jablonec.pristav-enrol', contentBase64: readFileSync(enrolment, 'base64') },
      passphrase: enrolled.passphrase,
      adminName: 'Jan Novák',
      adminPassword: 'pobocka-2026',
    });
    expect(header(db)).not.toBe(plainHeader);
    expect(await call(host, 'session.status')).toMatchObject({ user: { name: 'Jan Novák' } });
    expect(JSON.stringify(await call(host, 'clients.list', {}))).toContain(name);
    await stop(host);
    expectNoNameIn(branch);

    const next = await start(db);
    expect((await send(next, 'database.unlock', petra)).error?.code).toBe('SIGN_IN_FAILED');
    await call(next, 'database.unlock', { userName: 'Jan Novák', password: 'pobocka-2026' });
    expect(JSON.stringify(await call(next, 'clients.list', {}))).toContain(name);
  });

  it('a site set up without a password stays plain, as `init` without one leaves it', async () => {
    temp = makeTempDir();
    const db = join(temp.dir, 'pristav.sqlite');
    const host = await start(db);
    await call(host, 'site.create', {
      name: 'Centrum Liberec',
      town: 'Liberec',
      isHq: false,
      adminName: 'Petra',
    });
    await stop(host);
    expect(header(db)).toBe(plainHeader);
  });
});
