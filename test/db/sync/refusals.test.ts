import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRow } from '../../../db/changes/write-row.ts';
import { runWrite } from '../../../db/changes/write-transaction.ts';
import { type ErrorCode, errorMessage } from '../../../db/contract/errors.ts';
import { isPristavError, type PristavError } from '../../../db/errors.ts';
import { knownSchemaVersion } from '../../../db/migrations/index.ts';
import { exportSyncFile } from '../../../db/sync/export-file.ts';
import { type SyncFileHeaderFields, writeSyncFile } from '../../../db/sync/file/index.ts';
import { readOrganisationId } from '../../../db/sync/local-state.ts';
import { cli } from '../../helpers/run-cli.ts';
import {
  call,
  closeSite,
  createHq,
  databaseHash,
  enrolAndJoin,
  makeSyncTempDir,
  membershipOf,
  operationCount,
  receiveFile,
  sendFile,
  type Site,
  syncState,
} from '../../helpers/sync-sites.ts';
import { patchHeader, resign } from './file/sync-file-fixtures.ts';

/*
 * SYNC.md "Import: all or nothing": a file that must not be read is refused with one clear
 * Czech line, and the database is left byte for byte as it was (its file and WAL hashed after
 * a TRUNCATE checkpoint, before and after), whatever is wrong with the file: cut short, a bit
 * flipped, for another office, from a stranger, a revoked or a forging sender, a newer schema,
 * a clock far ahead, a branch touching the site registry, or a mass delete nobody confirmed.
 */

const hour = 60 * 60 * 1000;

/** The Czech line names the file and says what is wrong with it, with the facts given. */
function expectSaid(message: string, ...facts: string[]): void {
  for (const fact of facts) expect(message).toContain(fact);
}

describe('a sync file that must not be read changes nothing', () => {
  const temp = makeSyncTempDir('pristav-refusals-');
  const clockLead = new Map<string, number>();
  const clockOf = (name: string) => () => Date.now() + (clockLead.get(name) ?? 0);
  let hq: Site;
  let jablonec: Site;
  let lipa: Site;
  let straz: Site;
  let turnov: Site;
  let semily: Site;
  let brno: Site;
  let counter = 0;
  const opened: Site[] = [];
  let acts: string[] = [];

  const path = (name: string) => join(temp.dir, `${(counter += 1)}-${name}.pristav-sync`);

  /**
   * Imports `file` at `site` expecting refusal `code`: the database's bytes, data, log and
   * review queue must be as before. Returns the error and its Czech message.
   */
  async function expectRefused(
    site: Site,
    file: string,
    code: ErrorCode | readonly ErrorCode[],
    options: { allowMassDelete?: boolean } = {},
  ): Promise<{ error: PristavError; message: string }> {
    const bytes = databaseHash(site);
    const state = syncState(site.store);
    const caught = await receiveFile(site, file, options).then(
      () => new Error(`${file} was imported`),
      (error: unknown) => error,
    );
    if (!isPristavError(caught)) throw caught;
    expect(Array.isArray(code) ? code : [code], `${file}: ${caught.code}`).toContain(caught.code);
    expect(databaseHash(site), `${file} (${caught.code}) changed the database`).toEqual(bytes);
    expect(syncState(site.store)).toEqual(state);
    const message = errorMessage(caught.code, 'cs', caught.params);
    expect(message).not.toMatch(/\{\w+\}/);
    return { error: caught, message };
  }

  /** A file signed and encrypted as `from` would, with any header and records wanted. */
  async function craft(
    name: string,
    from: Site,
    to: Site,
    options: {
      header?: Partial<SyncFileHeaderFields>;
      records?: unknown[];
      signWith?: Site;
      encryptFor?: Site;
    } = {},
  ): Promise<string> {
    const records = options.records ?? [];
    const written = await writeSyncFile({
      path: path(name),
      header: {
        organisationId: readOrganisationId(from.store)!,
        senderSiteId: from.id,
        recipientSiteId: to.id,
        schemaVersion: knownSchemaVersion,
        vector: {},
        ranges: [],
        counts: { operations: records.length },
        ...options.header,
      },
      operations: records,
      senderSigningKey: membershipOf(options.signWith ?? from).keys.signing.privateKey,
      recipientAgreementKey: membershipOf(options.encryptFor ?? to).keys.agreement.publicKey,
    });
    return written.path;
  }

  beforeAll(async () => {
    hq = await createHq(join(temp.dir, 'hq.sqlite'));
    opened.push(hq);
    // A register of 30 acts, which the branches receive when they join.
    for (const familyName of ['Nguyễn', 'Ševčenko', 'Bold']) {
      const client = await call(hq, 'clients.create', {
        familyName,
        nationality: 'VN',
        consentDate: '2025-01-01',
      });
      for (let index = 0; index < 10; index++) {
        const act = await call(hq, 'acts.record', {
          clientId: client.id,
          type: 'social_legal_counselling',
          note: `jednání ${index}`,
        });
        acts.push(act.id);
      }
    }
    const branch = async (file: string, name: string) => {
      const site = await enrolAndJoin(
        hq,
        join(temp.dir, file),
        { name, town: name },
        { now: clockOf(name) },
      );
      opened.push(site);
      return site;
    };
    jablonec = await branch('jablonec.sqlite', 'Jablonec nad Nisou');
    lipa = await branch('lipa.sqlite', 'Česká Lípa');
    straz = await branch('straz.sqlite', 'Stráž pod Ralskem');
    turnov = await branch('turnov.sqlite', 'Turnov');
    semily = await branch('semily.sqlite', 'Semily');
    // Another organisation altogether.
    brno = await createHq(join(temp.dir, 'brno.sqlite'), { name: 'Centrum Brno', town: 'Brno' });
    opened.push(brno);
  }, 60_000);

  afterAll(() => {
    for (const site of opened) closeSite(site);
    temp.cleanup();
  });

  describe('damaged on the way', () => {
    let good: string;
    let bytes: Buffer;
    beforeAll(async () => {
      for (const familyName of ['Petrenko', 'Tran', 'Batbayar']) {
        await call(jablonec, 'clients.create', {
          familyName,
          nationality: 'UA',
          consentDate: '2025-02-01',
          note: 'zaregistrován v Jablonci',
        });
      }
      good = (await sendFile(jablonec, hq, temp.dir)).path;
      bytes = readFileSync(good);
    });

    it('cut short at any of many offsets: incomplete (empty: not a sync file)', async () => {
      const step = Math.max(1, Math.floor(bytes.length / 80));
      const lengths = new Set([0, 1, 7, 8, 9, 13, 14, 15, 100, bytes.length - 1]);
      for (let length = 0; length < bytes.length; length += step) lengths.add(length);
      for (const length of [...lengths].sort((a, b) => a - b)) {
        const file = path(`cut-${length}`);
        writeFileSync(file, bytes.subarray(0, length));
        const { message } = await expectRefused(
          hq,
          file,
          length === 0 ? 'SYNC_FILE_NOT_RECOGNISED' : 'SYNC_FILE_TRUNCATED',
        );
        expectSaid(message, file, length === 0 ? 'není synchronizační soubor' : 'je neúplný');
      }
    });

    it('one bit flipped at any of many positions: refused before anything is read', async () => {
      const positions = new Set<number>();
      for (let position = 0; position < 64; position++) positions.add(position);
      const step = Math.max(1, Math.floor(bytes.length / 150));
      for (let position = 64; position < bytes.length; position += step) positions.add(position);
      for (let position = bytes.length - 100; position < bytes.length; position++) {
        positions.add(position);
      }
      const seen = new Map<string, number>();
      for (const position of positions) {
        const flipped = Buffer.from(bytes);
        flipped[position]! ^= 1 << (position % 8);
        const file = path(`bit-${position}`);
        writeFileSync(file, flipped);
        const { error, message } = await expectRefused(hq, file, [
          'SYNC_FILE_NOT_RECOGNISED',
          'SYNC_FILE_TOO_NEW',
          'SYNC_FILE_TRUNCATED',
          'SYNC_FILE_HEADER_MALFORMED',
          'SYNC_FILE_OTHER_ORGANISATION',
          'SYNC_FILE_WRONG_RECIPIENT',
          'SYNC_FILE_UNKNOWN_SENDER',
          'SYNC_FILE_SIGNATURE_INVALID',
        ]);
        expectSaid(message, file);
        seen.set(error.code, (seen.get(error.code) ?? 0) + 1);
      }
      // The payload and the signature are covered by the signature.
      expect(seen.get('SYNC_FILE_SIGNATURE_INVALID')).toBeGreaterThan(100);
      expect(seen.get('SYNC_FILE_NOT_RECOGNISED')).toBeGreaterThan(0);
    });

    it('the intact file is then read, once', async () => {
      const result = await receiveFile(hq, good);
      expect(result).toMatchObject({ isAlreadyImported: false, conflicts: 0 });
      expect(result.arrived).toEqual([expect.objectContaining({ clients: 3 })]);
      const bytesAfter = databaseHash(hq);
      expect((await receiveFile(hq, good)).isAlreadyImported).toBe(true);
      expect(databaseHash(hq)).toEqual(bytesAfter);
    });

    it('a dry run says what would arrive and writes nothing', async () => {
      await call(jablonec, 'clients.create', {
        familyName: 'Kim',
        nationality: 'KR',
        consentDate: '2025-02-01',
      });
      const file = (await sendFile(jablonec, hq, temp.dir)).path;
      const bytesBefore = databaseHash(hq);
      const dry = await receiveFile(hq, file, { isDryRun: true });
      expect(dry).toMatchObject({ isDryRun: true, isAlreadyImported: false });
      expect(dry.new).toBeGreaterThan(0);
      expect(databaseHash(hq)).toEqual(bytesBefore);
      const real = await receiveFile(hq, file);
      expect(real.new).toBe(dry.new);
      expect(real.arrived).toEqual(dry.arrived);
    });
  });

  describe('for someone else, or from someone it must not come from', () => {
    it('for another office: refused there, naming the office it is for', async () => {
      const file = (await sendFile(hq, jablonec, temp.dir)).path;
      const { message } = await expectRefused(lipa, file, 'SYNC_FILE_WRONG_RECIPIENT');
      expectSaid(message, file, 'jinému pracovišti', 'Jablonec nad Nisou');
      // Re-addressed in its header: the signature no longer holds; signed again by HQ itself,
      // it still cannot be decrypted with Česká Lípa's key.
      const retargeted = path('retargeted');
      writeFileSync(retargeted, patchHeader(readFileSync(file), jablonec.id, lipa.id));
      await expectRefused(lipa, retargeted, 'SYNC_FILE_SIGNATURE_INVALID');
      const resigned = path('retargeted-resigned');
      writeFileSync(
        resigned,
        resign(readFileSync(retargeted), membershipOf(hq).keys.signing.privateKey),
      );
      const { message: decrypt } = await expectRefused(lipa, resigned, 'SYNC_FILE_CANNOT_DECRYPT');
      expectSaid(decrypt, resigned, 'nelze rozšifrovat');
      // And Jablonec, whom it was for, reads it.
      expect((await receiveFile(jablonec, file)).isAlreadyImported).toBe(false);
    });

    it('from another organisation, or from a site this one does not know', async () => {
      const foreign = await craft('from-brno', brno, hq, { encryptFor: hq });
      const { message } = await expectRefused(hq, foreign, 'SYNC_FILE_OTHER_ORGANISATION');
      expectSaid(message, foreign, 'jiné organizaci');
      // Claiming to be of this organisation does not help: Brno is in nobody's registry here.
      const impostor = await craft('brno-as-member', brno, hq, {
        header: { organisationId: readOrganisationId(hq.store)! },
      });
      const refused = await expectRefused(hq, impostor, 'SYNC_FILE_UNKNOWN_SENDER');
      expectSaid(refused.message, impostor, brno.id, 'nezná');
      // Turnov was enrolled after Česká Lípa joined, and Česká Lípa has not heard of it yet.
      const stranger = await craft('turnov-to-lipa', turnov, lipa);
      await expectRefused(lipa, stranger, 'SYNC_FILE_UNKNOWN_SENDER');
    });

    it('signed by another key than the sender’s: forged', async () => {
      const genuine = (await sendFile(lipa, hq, temp.dir)).path;
      for (const forger of [jablonec, brno]) {
        const forged = path(`resigned-by-${forger.name}`);
        writeFileSync(
          forged,
          resign(readFileSync(genuine), membershipOf(forger).keys.signing.privateKey),
        );
        const { message } = await expectRefused(hq, forged, 'SYNC_FILE_SIGNATURE_INVALID');
        expectSaid(message, forged, 'Podpis', 'nesouhlasí');
      }
      const claimed = await craft('jablonec-as-lipa', lipa, hq, { signWith: jablonec });
      await expectRefused(hq, claimed, 'SYNC_FILE_SIGNATURE_INVALID');
      const wrongKey = await craft('for-another-key', lipa, hq, { encryptFor: jablonec });
      await expectRefused(hq, wrongKey, 'SYNC_FILE_CANNOT_DECRYPT');
      expect((await receiveFile(hq, genuine)).isAlreadyImported).toBe(false);
    });

    it('from a site HQ has revoked; HQ then writes nothing for it either', async () => {
      await call(semily, 'clients.create', {
        familyName: 'Horváth',
        nationality: 'SK',
        consentDate: '2025-02-01',
      });
      const file = (await sendFile(semily, hq, temp.dir)).path;
      await call(hq, 'sync.revoke', { siteId: semily.id });
      const { message } = await expectRefused(hq, file, 'SYNC_SITE_REVOKED');
      expectSaid(message, file, 'Semily', 'zrušený přístup');
      await expect(
        exportSyncFile(hq.store, membershipOf(hq), semily.id, temp.dir),
      ).rejects.toMatchObject({ code: 'SYNC_SITE_REVOKED' });
    });

    it('a branch that changes the site registry', async () => {
      runWrite(straz.store, null, (w) =>
        writeRow(w, 'sites', straz.id, { name: 'Stráž – přejmenovaná pobočkou' }),
      );
      const file = (await sendFile(straz, hq, temp.dir)).path;
      const { message } = await expectRefused(hq, file, 'SYNC_REGISTRY_FROM_BRANCH');
      expectSaid(message, file, 'Stráž pod Ralskem', 'seznam pracovišť');
      // Revoking another office itself is the same refusal.
      const revoking = await craft('straz-revokes', straz, hq, {
        header: { ranges: [{ site: straz.id, from: 1000, to: 1000 }] },
        records: [[straz.id, 1000, Date.now(), 0, 'sites', 'is_revoked', jablonec.id, 1, [], null]],
      });
      await expectRefused(hq, revoking, 'SYNC_REGISTRY_FROM_BRANCH');
    });

    it("a branch's file carrying another office's changes (forged under its own signature)", async () => {
      const forged = await craft('straz-speaks-for-jablonec', straz, hq, {
        header: { ranges: [{ site: jablonec.id, from: 5000, to: 5000 }] },
        records: [
          [jablonec.id, 5000, Date.now(), 0, 'service_acts', 'note', acts[0], 'Podvrh', [], null],
        ],
      });
      const { message } = await expectRefused(hq, forged, 'SYNC_OTHER_SITES_FROM_BRANCH');
      expectSaid(message, forged, 'Stráž pod Ralskem', 'Jablon', 'jen své vlastní změny');
    });

    it('a file from one branch to another: branches take files from HQ only', async () => {
      const file = await craft('straz-to-jablonec', straz, jablonec);
      const { message } = await expectRefused(jablonec, file, 'SYNC_BRANCH_RECEIVES_FROM_HQ');
      expectSaid(message, file, 'Stráž pod Ralskem', 'jen od ústředí');
    });
  });

  describe('what the file says it is', () => {
    it('written by a newer schema: asks for an update first', async () => {
      const file = await craft('newer-schema', jablonec, hq, {
        header: { schemaVersion: knownSchemaVersion + 1 },
      });
      const { message } = await expectRefused(hq, file, 'SYNC_SCHEMA_TOO_NEW');
      expectSaid(
        message,
        file,
        `schéma ${knownSchemaVersion + 1}`,
        `zná ${knownSchemaVersion}`,
        'aktualizujte Přístav',
      );
    });

    it('an operation the schema does not have, or outside the ranges its header gives', async () => {
      const op = (column: string, counter = 5000) => [
        jablonec.id,
        counter,
        Date.now(),
        0,
        'clients',
        column,
        '0190c2d4-0000-7000-8000-000000000001',
        'x',
        [],
        null,
      ];
      const ranges = [{ site: jablonec.id, from: 5000, to: 5000 }];
      const unknown = await craft('unknown-column', jablonec, hq, {
        header: { ranges },
        records: [op('password')],
      });
      const { message } = await expectRefused(hq, unknown, 'SYNC_OPERATION_INVALID');
      expectSaid(message, unknown, 'neplatnou operaci č. 1', 'clients.password');
      const outside = await craft('outside-ranges', jablonec, hq, {
        header: { ranges },
        records: [op('note', 4999)],
      });
      await expectRefused(hq, outside, 'SYNC_OPERATION_INVALID');
      // One operation twice (or a site's counters going back): the import inserts what it
      // has not seen without asking operation by operation, so the check refuses it.
      const wide = [{ site: jablonec.id, from: 5000, to: 5001 }];
      for (const [name, counters] of [
        ['repeated', [5000, 5000]],
        ['backwards', [5001, 5000]],
      ] as const) {
        const file = await craft(`counters-${name}`, jablonec, hq, {
          header: { ranges: wide },
          records: counters.map((counter) => op('note', counter)),
        });
        const { message } = await expectRefused(hq, file, 'SYNC_OPERATION_INVALID');
        expectSaid(message, file, 'neplatnou operaci č. 2');
      }
    });

    it('a clock 13 hours ahead: refused, naming the office and the time; 11 hours is accepted', async () => {
      clockLead.set('Turnov', 11 * hour);
      await call(turnov, 'clients.create', {
        familyName: 'Novák',
        nationality: 'CZ',
        consentDate: '2025-02-01',
      });
      const ahead = await receiveFile(hq, (await sendFile(turnov, hq, temp.dir)).path);
      expect(ahead.new).toBeGreaterThan(0);
      clockLead.set('Turnov', 13 * hour);
      await call(turnov, 'clients.create', {
        familyName: 'Svoboda',
        nationality: 'CZ',
        consentDate: '2025-02-01',
      });
      const wall = turnov.store.sqlite
        .prepare('SELECT wall FROM hlc_state')
        .pluck()
        .get() as number;
      expect(wall).toBeGreaterThan(Date.now() + 12 * hour);
      const file = (await sendFile(turnov, hq, temp.dir)).path;
      const { message } = await expectRefused(hq, file, 'SYNC_CLOCK_AHEAD');
      const time = `${new Date(wall).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
      expectSaid(message, file, 'Turnov', time, '12 hodin v budoucnosti');
    });
  });

  it('a file deleting more than a fifth of the acts (ten or more) waits for confirmation', async () => {
    // Nine deletions of 30 ask nothing (fewer than ten).
    for (const id of acts.slice(0, 9)) await call(jablonec, 'acts.delete', { id });
    expect((await receiveFile(hq, (await sendFile(jablonec, hq, temp.dir)).path)).new).toBe(9);
    // Ten of the 21 left do.
    for (const id of acts.slice(9, 19)) await call(jablonec, 'acts.delete', { id });
    const file = (await sendFile(jablonec, hq, temp.dir)).path;
    const { message } = await expectRefused(hq, file, 'SYNC_MASS_DELETE');
    expectSaid(message, file, 'by smazal 10 z 21 záznamů', '48 %');
    const live = () =>
      hq.store.sqlite
        .prepare('SELECT count(*) FROM service_acts WHERE deleted = 0')
        .pluck()
        .get() as number;
    expect(live()).toBe(21);
    const accepted = await receiveFile(hq, file, { allowMassDelete: true });
    expect(accepted.new).toBe(10);
    expect(live()).toBe(11);
    acts = acts.slice(19);
  });

  it('the CLI says it in one Czech line, exits 1, and the database file is untouched', async () => {
    const file = (await sendFile(jablonec, hq, temp.dir)).path;
    const cut = path('cut-for-cli');
    writeFileSync(cut, readFileSync(file).subarray(0, 200));
    const before = databaseHash(hq);
    const operations = operationCount(hq.store);
    const result = await cli('--db', hq.file, 'sync', 'import', cut);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expectSaid(result.stderr, cut, 'je neúplný');
    expect(databaseHash(hq)).toEqual(before);
    expect(operationCount(hq.store)).toBe(operations);
  });
});
