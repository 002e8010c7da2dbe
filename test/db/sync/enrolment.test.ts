import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpSyncedData } from '../../../db/changes/dump.ts';
import { readSiteId } from '../../../db/changes/local-meta.ts';
import { errorMessage } from '../../../db/contract/errors.ts';
import { isPristavError } from '../../../db/errors.ts';
import { createSite } from '../../../db/site/site-queries.ts';
import { enrolBranch } from '../../../db/sync/enrol.ts';
import { joinOrganisation } from '../../../db/sync/join.ts';
import { readOrganisationId } from '../../../db/sync/local-state.ts';
import { exportFiles } from '../../../db/sync/sync-methods.ts';
import { readOperations } from '../../helpers/change-log.ts';
import { createDatabaseAtVersion, migrationNames } from '../../helpers/old-schema.ts';
import {
  call,
  closeSite,
  createHq,
  databaseHash,
  enrolAndJoin,
  heldOperationKeys,
  makeSyncTempDir,
  openSite,
  operationCount,
  receiveFile,
  sendFile,
  type Site,
} from '../../helpers/sync-sites.ts';

/*
 * SYNC.md "Identities": HQ enrols a branch with a file and a one-time passphrase passed on
 * apart from it; the branch starts with the whole register. A wrong passphrase or a damaged
 * file leaves the new database as empty as it was. A database made before sync becomes its
 * organisation's HQ when it first enrols a branch, and its whole history travels. A revoked
 * branch's later files are refused.
 */

const dumpOf = (site: Site) => JSON.stringify(dumpSyncedData(site.store));

/** The data minus `users` rows written by the given ids (a branch's own first administrator). */
function dumpWithout(site: Site, userIds: string[]) {
  const dump = dumpSyncedData(site.store) as Record<string, { id: unknown }[]>;
  return JSON.stringify({
    ...dump,
    users: dump.users!.filter((user) => !userIds.includes(String(user.id))),
  });
}

describe('enrolment', () => {
  const temp = makeSyncTempDir('pristav-enrolment-');
  const sites: Site[] = [];
  let hq: Site;

  const track = (site: Site) => {
    sites.push(site);
    return site;
  };

  beforeAll(async () => {
    hq = track(await createHq(join(temp.dir, 'hq.sqlite')));
    for (const [familyName, nationality] of [
      ['Nguyễn', 'VN'],
      ['Ševčenko', 'UA'],
    ] as const) {
      const client = await call(hq, 'clients.create', {
        familyName,
        nationality,
        consentDate: '2025-01-01',
      });
      await call(hq, 'acts.record', { clientId: client.id, type: 'social_legal_counselling' });
    }
  });

  afterAll(() => {
    for (const site of sites) closeSite(site);
    temp.cleanup();
  });

  /** A database created as the first-run screen creates it before the branch joins. */
  const newDatabase = async (name: string) =>
    track(await openSite(join(temp.dir, `${name}.sqlite`), { name, create: true }));

  it('a branch joins with the passphrase, typed in lower case with spaces, and holds the whole register', async () => {
    const enrolment = join(temp.dir, 'jablonec.pristav-enrol');
    const { site, passphrase } = await enrolBranch(
      hq.store,
      null,
      { name: 'Jablonec nad Nisou', town: 'Jablonec nad Nisou' },
      enrolment,
    );
    expect(passphrase).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
    // HQ writes on after the enrolment file was made: the next file to the branch brings it.
    await call(hq, 'clients.create', {
      familyName: 'Bold',
      nationality: 'MN',
      consentDate: '2025-03-01',
    });
    const typed = passphrase.toLowerCase().replaceAll('-', ' ');
    const branch = await newDatabase('jablonec');
    const joined = await joinOrganisation(branch.store, {
      path: enrolment,
      passphrase: typed,
      adminName: 'Jana Dvořáková',
    });
    expect(joined).toEqual({
      id: site.id,
      name: 'Jablonec nad Nisou',
      town: 'Jablonec nad Nisou',
      isHq: false,
    });
    branch.id = site.id;
    expect(readOrganisationId(branch.store)).toBe(readOrganisationId(hq.store));
    const admins = branch.store.sqlite
      .prepare('SELECT id FROM users WHERE site_id = ?')
      .pluck()
      .all(site.id) as string[];
    expect(admins).toHaveLength(1);

    // The next file from HQ carries only what the enrolment did not.
    const toBranch = await sendFile(hq, branch, temp.dir);
    expect(toBranch.operations).toBe(
      readOperations(hq.store).filter(
        (op) => !heldOperationKeys(branch.store).has(`${op.site}:${op.counter}`),
      ).length,
    );
    expect(toBranch.operations).toBeGreaterThan(0);
    await receiveFile(branch, toBranch.path);
    expect(dumpWithout(branch, admins)).toBe(dumpOf(hq));
    await receiveFile(hq, (await sendFile(branch, hq, temp.dir)).path);
    expect(dumpOf(branch)).toBe(dumpOf(hq));
    expect(operationCount(branch.store)).toBe(operationCount(hq.store));
  });

  it('a wrong passphrase, a damaged or a cut enrolment file: refused, the new database left empty', async () => {
    const enrolment = join(temp.dir, 'lipa.pristav-enrol');
    const { passphrase } = await enrolBranch(
      hq.store,
      null,
      { name: 'Česká Lípa', town: 'Česká Lípa' },
      enrolment,
    );
    const bytes = readFileSync(enrolment);
    const branch = await newDatabase('lipa');
    const empty = databaseHash(branch);
    const expectRefused = async (path: string, typed: string, code: string) => {
      const error = await joinOrganisation(branch.store, {
        path,
        passphrase: typed,
        adminName: 'Jan Novák',
      }).then(
        () => new Error(`${path} was accepted`),
        (caught: unknown) => caught,
      );
      if (!isPristavError(error)) throw error;
      expect(error.code, path).toBe(code);
      expect(errorMessage(error.code, 'cs', error.params)).toContain(path);
      expect(readSiteId(branch.store)).toBeNull();
      expect(operationCount(branch.store)).toBe(0);
      expect(databaseHash(branch), `${path} left something in the database`).toEqual(empty);
    };
    const wrong = passphrase.replace(/^./, (first) => (first === '7' ? '8' : '7'));
    await expectRefused(enrolment, wrong, 'ENROLMENT_WRONG_PASSPHRASE');

    const damaged = (name: string, content: Buffer) => {
      const path = join(temp.dir, name);
      writeFileSync(path, content);
      return path;
    };
    const flip = (position: number) => {
      const copy = Buffer.from(bytes);
      copy[position]! ^= 0x10;
      return copy;
    };
    // The sealed part (HQ's signature fails), and the register that follows it (its own
    // signature fails as the join imports it, inside the join's transaction).
    await expectRefused(
      damaged('sealed.pristav-enrol', flip(60)),
      passphrase,
      'ENROLMENT_FILE_INVALID',
    );
    await expectRefused(
      damaged('register.pristav-enrol', flip(bytes.length - 300)),
      passphrase,
      'ENROLMENT_FILE_INVALID',
    );
    for (const length of [0, 10, 200, Math.floor(bytes.length / 2), bytes.length - 1]) {
      await expectRefused(
        damaged(`cut-${length}.pristav-enrol`, bytes.subarray(0, length)),
        passphrase,
        'ENROLMENT_FILE_INVALID',
      );
    }

    // The database was left empty: the right file and passphrase still make it the branch.
    // (Through the API, as the first-run screen calls it.)
    const joined = await branch.api.invoke(
      'sync.join',
      {
        file: { name: 'lipa.pristav-enrol', contentBase64: bytes.toString('base64') },
        passphrase,
        adminName: 'Jan Novák',
      },
      'cs',
    );
    expect(joined).toMatchObject({ ok: true, value: { name: 'Česká Lípa', isHq: false } });
    const again = await branch.api.invoke(
      'sync.join',
      {
        file: { name: 'lipa.pristav-enrol', contentBase64: bytes.toString('base64') },
        passphrase,
        adminName: 'Jan Novák',
      },
      'cs',
    );
    expect(again).toMatchObject({ ok: false, error: { code: 'ALREADY_INITIALISED' } });
  });

  it('only HQ enrols', async () => {
    const branch = sites.find((site) => site.name === 'jablonec')!;
    await expect(
      enrolBranch(branch.store, null, { name: 'Turnov', town: 'Turnov' }, join(temp.dir, 'x')),
    ).rejects.toMatchObject({ code: 'SYNC_HQ_ONLY' });
  });

  it('a revoked branch: its later files are refused at HQ, and the revocation travels', async () => {
    const branch = track(
      await enrolAndJoin(hq, join(temp.dir, 'turnov.sqlite'), { name: 'Turnov', town: 'Turnov' }),
    );
    const other = sites.find((site) => site.name === 'jablonec')!;
    await receiveFile(hq, (await sendFile(branch, hq, temp.dir)).path);
    const revoked = await call(hq, 'sync.revoke', { siteId: branch.id });
    expect(revoked.isRevoked).toBe(true);
    await call(branch, 'clients.create', {
      familyName: 'Horváth',
      nationality: 'SK',
      consentDate: '2025-02-01',
    });
    const later = (await sendFile(branch, hq, temp.dir)).path;
    const before = databaseHash(hq);
    await expect(receiveFile(hq, later)).rejects.toMatchObject({ code: 'SYNC_SITE_REVOKED' });
    expect(databaseHash(hq)).toEqual(before);
    // HQ writes for every branch but the revoked one; the others learn of the revocation.
    const files = await exportFiles(hq.store, 'all', temp.dir);
    expect(files.map((file) => file.to)).not.toContain(branch.id);
    const forOther = files.find((file) => file.to === other.id)!;
    await receiveFile(other, forOther.path);
    expect(
      other.store.sqlite
        .prepare('SELECT is_revoked FROM sites WHERE id = ?')
        .pluck()
        .get(branch.id),
    ).toBe(1);
  });
});

describe('a database made before sync becomes HQ on its first enrolment, with all its history', () => {
  const temp = makeSyncTempDir('pristav-enrolment-old-');
  const sites: Site[] = [];
  afterAll(() => {
    for (const site of sites) closeSite(site);
    temp.cleanup();
  });

  async function enrolFrom(old: Site) {
    const history = heldOperationKeys(old.store);
    expect(readOrganisationId(old.store)).toBeNull();
    const branch = await enrolAndJoin(old, join(temp.dir, `${old.name}-branch.sqlite`), {
      name: 'Jablonec nad Nisou',
      town: 'Jablonec nad Nisou',
    });
    sites.push(branch);
    const registry = old.store.sqlite
      .prepare("SELECT is_hq, signing_key <> '' AS has_key FROM sites WHERE id = ?")
      .get(old.id);
    expect(registry).toEqual({ is_hq: 1, has_key: 1 });
    expect(readOrganisationId(old.store)).not.toBeNull();
    // Every operation it ever recorded travelled with the enrolment.
    const atBranch = heldOperationKeys(branch.store);
    expect([...history].filter((key) => !atBranch.has(key))).toEqual([]);
    await receiveFile(old, (await sendFile(branch, old, temp.dir)).path);
    expect(dumpOf(branch)).toBe(dumpOf(old));
    return branch;
  }

  it('made as a branch office with its own data and no organisation', async () => {
    const old = await openSite(join(temp.dir, 'liberec.sqlite'), { name: 'liberec', create: true });
    sites.push(old);
    const created = createSite(old.store, {
      name: 'Centrum Liberec',
      town: 'Liberec',
      isHq: false,
      adminName: 'Petra',
    });
    old.id = created.id;
    for (const familyName of ['Nguyễn', 'Ševčenko', 'Bold']) {
      const client = await call(old, 'clients.create', {
        familyName,
        nationality: 'VN',
        consentDate: '2025-01-01',
      });
      await call(old, 'acts.record', { clientId: client.id, type: 'social_legal_counselling' });
      await call(old, 'clients.update', { id: client.id, changes: { phone: '+420 777 000 000' } });
    }
    await enrolFrom(old);
  });

  it('made by the release before sync, and upgraded when opened', async () => {
    const file = join(temp.dir, 'before-sync.sqlite');
    const version = migrationNames.indexOf('2026_12_02_1100_sync_between_offices');
    expect(version).toBeGreaterThan(0);
    const contents = await createDatabaseAtVersion(file, version);
    expect(contents.rows.clients).toBeGreaterThan(0);
    const old = await openSite(file, { name: 'before-sync' });
    sites.push(old);
    old.id = readSiteId(old.store)!;
    const branch = await enrolFrom(old);
    expect(branch.store.sqlite.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(
      contents.rows.clients,
    );
  });
});
