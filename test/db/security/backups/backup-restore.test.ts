import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkIntegrityInBackground } from '../../../../db/connection/integrity-check.ts';
import { openApp, type App } from '../../../../db/open-app.ts';
import { makeTempDir } from '../../../helpers/temp-database.ts';
import type { MethodName } from '../../../../db/contract/method-names.ts';
import type { Input } from '../../../../db/contract/methods.ts';
import { apiCalls, type InputArgs } from '../../../helpers/temp-api.ts';

/*
 * Backups and restore over real database files with the real migrations, opened as the
 * desktop app opens them (openApp: the App whose API goes on answering after a restore).
 */

const key = 'tajné heslo centra';
let temp: ReturnType<typeof makeTempDir>;
beforeAll(() => {
  temp = makeTempDir();
});
afterAll(() => temp.cleanup());

/** A call on the app's API, typed by the contract. */
const call = <M extends MethodName>(app: App, method: M, ...[input]: InputArgs<M>) =>
  apiCalls(app.api).ok(method, input as Input<M>);

async function refusal(app: App, method: string, input: unknown) {
  const result = await app.api.invoke(method, input, 'cs');
  if (result.ok) throw new Error(`${method} was not refused`);
  return result.error;
}

async function centre(name: string, options: { key?: string; families?: string[] } = {}) {
  const file = join(temp.dir, `${name}.sqlite`);
  const app = await openApp({ file, mode: 'create', ...(options.key ? { key: options.key } : {}) });
  await call(app, 'site.create', { name, town: 'Liberec', isHq: true, adminName: 'Petra' });
  for (const familyName of options.families ?? []) {
    await call(app, 'clients.create', { familyName, nationality: 'VN', isConsentPending: true });
  }
  return { app, file };
}

async function familyNames(app: App): Promise<string[]> {
  const list = await call(app, 'clients.list', { limit: 100 });
  return list.rows.map((client) => client.displayName).sort();
}

/** A page of the clients' table overwritten in the file, as a failing disk would. */
function damageClientsPage(file: string, theKey: string | undefined): void {
  const reader = new Sqlite(file, { readonly: true });
  if (theKey) reader.pragma(`key = '${theKey}'`);
  const page = reader
    .prepare("SELECT max(pageno) FROM dbstat WHERE name = 'clients'")
    .pluck()
    .get() as number;
  const pageSize = reader.pragma('page_size', { simple: true }) as number;
  reader.close();
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, pageSize * (page - 1));
  closeSync(fd);
}

describe('backup, damage, restore', () => {
  it('restores an encrypted database from its verified backup while the app keeps running', async () => {
    const { app, file } = await centre('Centrum Liberec', {
      key,
      families: ['Kowalczykowa', 'Nguyen', 'Petráček'],
    });
    const taken = await call(app, 'backups.take', {});
    const backup = taken.backup.file;
    expect(taken.backup).toMatchObject({
      reason: 'manual',
      site: { name: 'Centrum Liberec' },
      counts: { clients: 3, acts: 0, courses: 0, loans: 0 },
      problem: null,
    });
    expect(backup).toBe(join(temp.dir, 'backups', taken.backup.name));
    expect(taken.backup.name).toMatch(
      /^pristav-centrum-liberec-\d{4}-\d\d-\d\d-\d{6}-manual\.sqlite$/,
    );

    // Exactly as encrypted as the live file: no name in its bytes, no way in without the key.
    expect(readFileSync(backup).includes(Buffer.from('Kowalczykowa'))).toBe(false);
    const withoutKey = new Sqlite(backup, { readonly: true });
    expect(() => withoutKey.prepare('SELECT count(*) FROM clients').get()).toThrow();
    withoutKey.close();

    await call(app, 'clients.create', {
      familyName: 'Pozdější',
      nationality: 'UA',
      isConsentPending: true,
    });
    app.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    damageClientsPage(file, key);
    const health = await checkIntegrityInBackground(app.store, { key });
    expect(health.state).toBe('failed');
    expect(
      (
        await refusal(app, 'clients.create', {
          familyName: 'X',
          nationality: 'VN',
          isConsentPending: true,
        })
      ).code,
    ).toBe('DB_CORRUPT');

    const listed = await call(app, 'backups.list');
    expect(listed.backups.map((entry) => entry.file)).toEqual([backup]);

    const restoring = call(app, 'backups.restore', { file: backup });
    // A call made meanwhile waits for the switch, then answers.
    const meanwhile = app.api.invoke('app.info', {}, 'cs');
    const restored = await restoring;
    expect((await meanwhile).ok).toBe(true);
    expect(restored.restored.counts).toEqual({ clients: 3, acts: 0, courses: 0, loans: 0 });

    // The same App answers from the restored file: the three clients, writable again.
    expect(await familyNames(app)).toEqual(['Kowalczykowa', 'Nguyen', 'Petráček']);
    expect(app.store.health.state).not.toBe('failed');
    await call(app, 'clients.create', {
      familyName: 'Nová',
      nationality: 'VN',
      isConsentPending: true,
    });
    expect(await familyNames(app)).toHaveLength(4);
    expect((await checkIntegrityInBackground(app.store, { key })).state).toBe('ok');

    // The damaged file is kept aside, as it was, beside the database; the backup stays.
    expect(restored.keptAside).toMatch(/Centrum Liberec\.before-restore-\d{8}-\d{6}\.sqlite$/);
    expect(existsSync(restored.keptAside!)).toBe(true);
    expect(readFileSync(restored.keptAside!).equals(readFileSync(file))).toBe(false);
    expect(existsSync(backup)).toBe(true);
    app.close();
  });
});

describe('a backup that cannot be restored is refused with one line, and nothing changes', () => {
  let live: { app: App; file: string };
  const files: Record<string, string> = {};

  beforeAll(async () => {
    live = await centre('Centrum Jablonec', { key, families: ['Dvořák'] });
    const own = (await call(live.app, 'backups.take', {})).backup.file;

    files.damaged = join(temp.dir, 'damaged.sqlite');
    copyFileSync(own, files.damaged);
    damageClientsPage(files.damaged, key);

    // Half a file, as a copy to a stick pulled out too early leaves it.
    files.truncated = join(temp.dir, 'truncated.sqlite');
    const bytes = readFileSync(own);
    writeFileSync(files.truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));

    files.newer = join(temp.dir, 'newer.sqlite');
    copyFileSync(own, files.newer);
    const newer = new Sqlite(files.newer);
    newer.pragma(`key = '${key}'`);
    newer.prepare("INSERT INTO kysely_migration VALUES ('2099_01_01_0000_future', '')").run();
    newer.close();

    const otherOrganisation = await centre('Centrum Most', { key, families: ['Horák'] });
    files.otherOrganisation = (await call(otherOrganisation.app, 'backups.take', {})).backup.file;
    otherOrganisation.app.close();

    const otherKey = await centre('Centrum Kolín', { key: 'jiné heslo', families: ['Malý'] });
    files.otherKey = (await call(otherKey.app, 'backups.take', {})).backup.file;
    otherKey.app.close();

    const plain = await centre('Centrum Plzeň', { families: ['Veselý'] });
    files.plain = (await call(plain.app, 'backups.take', {})).backup.file;
    plain.app.close();

    files.foreignSqlite = join(temp.dir, 'evidence.sqlite');
    const foreign = new Sqlite(files.foreignSqlite);
    foreign.exec("CREATE TABLE klienti (jmeno TEXT); INSERT INTO klienti VALUES ('Novák')");
    foreign.close();

    files.text = join(temp.dir, 'poznamky.sqlite');
    copyFileSync(join(import.meta.dirname, 'retention.test.ts'), files.text);
    files.missing = join(temp.dir, 'zadna-zaloha.sqlite');
  });
  afterAll(() => live.app.close());

  /** The live file and its WAL byte for byte, and every file beside it and in the backups. */
  function fingerprint() {
    const hash = (path: string) =>
      existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : null;
    return {
      file: hash(live.file),
      wal: hash(`${live.file}-wal`),
      folder: readdirSync(temp.dir).sort(),
      backups: readdirSync(join(temp.dir, 'backups')).sort(),
    };
  }

  it.each([
    [
      'damaged',
      'BACKUP_DAMAGED',
      /^Záloha .*damaged\.sqlite je poškozená \(.+\); obnovit z ní nelze\. Nic nebylo změněno\.$/,
    ],
    ['truncated', 'BACKUP_DAMAGED', /^Záloha .*truncated\.sqlite je poškozená/],
    ['newer', 'BACKUP_TOO_NEW', /^Zálohu .*newer\.sqlite zapsala novější verze Přístavu/],
    [
      'otherOrganisation',
      'BACKUP_OTHER_ORGANISATION',
      /^Záloha .*pristav-centrum-most-.* patří jiné organizaci; toto pracoviště z ní obnovit nelze\. Nic nebylo změněno\.$/,
    ],
    [
      'otherKey',
      'BACKUP_WRONG_KEY',
      /^Zálohu .*pristav-centrum-kolin-.* nelze otevřít klíčem této databáze/,
    ],
    [
      'plain',
      'BACKUP_UNENCRYPTED',
      /^Ze zálohy .*pristav-centrum-plzen-.* nelze obnovit: není zašifrovaná, ale tato databáze ano\./,
    ],
    [
      'foreignSqlite',
      'BACKUP_NOT_PRISTAV',
      /^Ze souboru .*evidence\.sqlite nelze obnovit: není to záloha databáze Přístavu\./,
    ],
    ['text', 'BACKUP_WRONG_KEY', /^Zálohu .*poznamky\.sqlite nelze otevřít/],
    ['missing', 'BACKUP_NOT_FOUND', /^Záloha .*zadna-zaloha\.sqlite neexistuje/],
  ])('%s backup: %s', async (name, code, message) => {
    const before = fingerprint();
    const error = await refusal(live.app, 'backups.restore', { file: files[name] });
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
    expect(fingerprint()).toEqual(before);
    expect(await familyNames(live.app)).toEqual(['Dvořák']);
  });

  it('the open database itself, a folder or a device is not a backup', async () => {
    expect((await refusal(live.app, 'backups.restore', { file: live.file })).code).toBe(
      'BACKUP_IS_LIVE',
    );
    expect((await refusal(live.app, 'backups.restore', { file: temp.dir })).code).toBe(
      'BACKUP_NOT_PRISTAV',
    );
    if (existsSync('/dev/zero')) {
      expect((await refusal(live.app, 'backups.restore', { file: '/dev/zero' })).code).toBe(
        'BACKUP_NOT_PRISTAV',
      );
    }
  });

  it('the listing says which backups this site cannot use, and why', async () => {
    const listed = await call(live.app, 'backups.list');
    const byName = new Map(listed.backups.map((entry) => [entry.name.split('-2')[0], entry]));
    expect(byName.get('pristav-centrum-jablonec')?.problem).toBeNull();
    expect(byName.get('pristav-centrum-most')?.problem?.code).toBe('BACKUP_OTHER_ORGANISATION');
    expect(byName.get('pristav-centrum-kolin')?.problem?.code).toBe('BACKUP_WRONG_KEY');
    expect(byName.get('pristav-centrum-plzen')?.problem?.code).toBe('BACKUP_UNENCRYPTED');
  });
});

describe('the backup folder', () => {
  it('is set per computer, must exist, and `folder` takes one backup elsewhere', async () => {
    const { app, file } = await centre('Centrum Turnov', { families: ['Beneš'] });
    const stick = join(temp.dir, 'stick');
    expect((await refusal(app, 'backups.setFolder', { folder: stick })).code).toBe(
      'BACKUP_FOLDER_MISSING',
    );
    expect((await refusal(app, 'backups.setFolder', { folder: 'zalohy' })).code).toBe(
      'BACKUP_FOLDER_RELATIVE',
    );
    mkdirSync(stick);
    const set = await call(app, 'backups.setFolder', { folder: stick });
    expect(set).toMatchObject({ folder: stick, isDefaultFolder: false, backups: [] });
    const taken = await call(app, 'backups.take', {});
    expect(taken.backup.file.startsWith(stick)).toBe(true);

    const elsewhere = join(temp.dir, 'elsewhere');
    mkdirSync(elsewhere);
    const once = await call(app, 'backups.take', { folder: elsewhere });
    expect(once.backup.file.startsWith(elsewhere)).toBe(true);
    expect((await call(app, 'backups.list')).backups).toHaveLength(1);

    const back = await call(app, 'backups.setFolder', { folder: null });
    expect(back).toMatchObject({ folder: join(temp.dir, 'backups'), isDefaultFolder: true });
    expect(statSync(file).isFile()).toBe(true);
    app.close();
  });
});
