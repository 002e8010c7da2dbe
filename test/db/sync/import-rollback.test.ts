import { join } from 'node:path';
import Sqlite from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeNewRows } from '../../../db/changes/write-new-rows.ts';
import { runWrite } from '../../../db/changes/write-transaction.ts';
import { createRandom } from '../../../db/demo/random.ts';
import { newId } from '../../../db/ids.ts';
import type { Store } from '../../../db/store.ts';
import { readAllHeads } from '../../helpers/change-log.ts';
import { type KillPlan, runAndKill, sweepTrials } from '../../helpers/kill-sweep.ts';
import {
  call,
  closeSite,
  copyDatabase,
  copyOpenDatabase,
  createHq,
  databaseHash,
  enrolAndJoin,
  makeSyncTempDir,
  openSite,
  receiveFile,
  sendFile,
  type Site,
  syncState,
} from '../../helpers/sync-sites.ts';

/*
 * SYNC.md "Import: all or nothing": one transaction; any error rolls everything back. A fault
 * is injected at a random write of an import — the Nth insert, update or delete of any table it
 * writes (a temporary trigger that RAISEs), or the import cancelled at a random chunk of the
 * file — and the database must be left byte for byte as it was; after all of them, the same
 * file still imports to exactly the state a clean import gives. Then `kill -9` at several
 * moments of an import in a child process: the file left behind passes integrity_check and
 * holds none or all of the file's operations, never part.
 */

const child = join(import.meta.dirname, 'import-child.ts');
const clientsInFile = 1_500;

/** Everything an import decides, with each field's heads as a set. */
function importedState(store: Store) {
  const heads = Object.entries(readAllHeads(store))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([row, fields]) => [
      row,
      Object.entries(fields)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([field, keys]) => [field, keys.map((key) => key.join(':')).sort()]),
    ]);
  return { ...syncState(store), heads: JSON.stringify(heads) };
}

function operationsFrom(file: string, origin: string): number {
  const sqlite = new Sqlite(file, { fileMustExist: true });
  try {
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    return sqlite
      .prepare('SELECT count(*) FROM ops o JOIN op_sites s ON s.id = o.site WHERE s.uuid = ?')
      .pluck()
      .get(origin) as number;
  } finally {
    sqlite.close();
  }
}

describe('an import that fails part way leaves the database as it was', () => {
  const temp = makeSyncTempDir('pristav-import-rollback-');
  const sites: Site[] = [];
  let syncFile: string;
  let operations: number;
  let branchId: string;
  /** HQ before the file: each trial starts from a copy. */
  let receiverTemplate: string;
  let before: ReturnType<typeof importedState>;
  let after: ReturnType<typeof importedState>;

  beforeAll(async () => {
    const hq = await createHq(join(temp.dir, 'hq.sqlite'));
    const client = await call(hq, 'clients.create', {
      familyName: 'Nguyễn',
      nationality: 'VN',
      consentDate: '2025-01-01',
    });
    const act = await call(hq, 'acts.record', {
      clientId: client.id,
      type: 'social_legal_counselling',
    });
    const branch = await enrolAndJoin(hq, join(temp.dir, 'branch.sqlite'), {
      name: 'Jablonec nad Nisou',
      town: 'Jablonec nad Nisou',
    });
    sites.push(hq, branch);
    branchId = branch.id;
    // A file of a few thousand operations (two of the import's batches): new clients, a
    // phone edited at both ends (a review item), an act deleted there and edited here.
    runWrite(branch.store, null, (w) =>
      writeNewRows(
        w,
        'clients',
        Array.from({ length: clientsInFile }, (_, index) => ({
          id: newId(),
          fields: {
            family_name: `Klient ${index}`,
            nationality: 'UA',
            phone: `+420 777 ${String(index).padStart(6, '0')}`,
            consent_date: '2025-01-01',
            note: 'zaregistrován v Jablonci',
          },
        })),
      ),
    );
    await call(branch, 'clients.update', { id: client.id, changes: { phone: '+420 601 000 001' } });
    await call(branch, 'acts.delete', { id: act.id });
    await call(hq, 'clients.update', { id: client.id, changes: { phone: '+420 602 000 002' } });
    await call(hq, 'acts.update', { id: act.id, changes: { note: 'doplněno na centrále' } });
    const written = await sendFile(branch, hq, temp.dir);
    syncFile = written.path;
    operations = written.operations;
    expect(operations).toBeGreaterThan(5_000);
    receiverTemplate = join(temp.dir, 'receiver.sqlite');
    copyOpenDatabase(hq, receiverTemplate);

    // What a clean import gives.
    const reference = await openCopy('reference');
    before = importedState(reference.store);
    const result = await receiveFile(reference, syncFile);
    expect(result.new).toBe(operations);
    expect(result.conflicts).toBe(2);
    after = importedState(reference.store);
    closeSite(reference);
  }, 60_000);

  afterAll(() => {
    for (const site of sites) closeSite(site);
    temp.cleanup();
  });

  let copies = 0;
  async function openCopy(name: string): Promise<Site> {
    const file = join(temp.dir, `${name}-${(copies += 1)}.sqlite`);
    copyDatabase(receiverTemplate, file);
    const site = await openSite(file, { name });
    sites.push(site);
    return site;
  }

  it('a fault at a random write of any table, or a cancel at a random chunk: rolled back whole', async () => {
    // Which writes a clean import makes: a counting trigger on every table, in `temp` (so the
    // database file itself is not touched by the instrument).
    const counting = await openCopy('counting');
    const tables = counting.store.sqlite
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'
         AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_data' AND name NOT LIKE '%_idx'
         AND name NOT LIKE '%_docsize' AND name NOT LIKE '%_config' AND name NOT LIKE '%_content'`,
      )
      .pluck()
      .all() as string[];
    counting.store.sqlite.exec('CREATE TEMP TABLE write_count (name TEXT PRIMARY KEY, n INTEGER)');
    for (const table of tables) {
      for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
        const name = `${table}.${event}`;
        counting.store.sqlite.prepare('INSERT INTO write_count (name, n) VALUES (?, 0)').run(name);
        counting.store.sqlite.exec(
          `CREATE TEMP TRIGGER "count ${name}" AFTER ${event} ON main."${table}"
           BEGIN UPDATE write_count SET n = n + 1 WHERE name = '${name}'; END`,
        );
      }
    }
    let chunks = 0;
    await receiveFile(counting, syncFile, { onProgress: () => (chunks += 1) });
    const writes = (
      counting.store.sqlite.prepare('SELECT name, n FROM write_count WHERE n > 0').raw().all() as [
        string,
        number,
      ][]
    ).sort(([a], [b]) => (a < b ? -1 : 1));
    expect(importedState(counting.store)).toEqual(after);
    const written = new Map(writes);
    for (const name of ['ops.INSERT', 'clients.INSERT', 'clients.UPDATE', 'review_items.INSERT']) {
      expect(written.get(name), name).toBeGreaterThan(0);
    }
    expect(written.get('ops.INSERT')).toBe(operations);
    expect(chunks).toBeGreaterThan(2);

    // Every kind of write at least once, then random ones: the Nth write of that kind fails.
    const random = createRandom(Number(process.env.PRISTAV_SYNC_SEED ?? 20261202));
    const receiver = await openCopy('receiver');
    const { sqlite } = receiver.store;
    const bytes = databaseHash(receiver);
    expect(importedState(receiver.store)).toEqual(before);
    sqlite.exec('CREATE TEMP TABLE fault_left (n INTEGER)');
    const trials: [string, number][] = [
      ...writes.map(([name, count]): [string, number] => [name, random.int(1, count)]),
      ...Array.from({ length: 24 }, (): [string, number] => {
        const [name, count] = random.pick(writes);
        return [name, random.int(1, count)];
      }),
      ['ops.INSERT', operations],
      ['ops.INSERT', 5_001],
    ];
    for (const [name, nth] of trials) {
      const [table, event] = name.split('.') as [string, string];
      sqlite.prepare('DELETE FROM fault_left').run();
      sqlite.prepare('INSERT INTO fault_left (n) VALUES (?)').run(nth);
      sqlite.exec(
        `CREATE TEMP TRIGGER fault AFTER ${event} ON main."${table}" BEGIN
           UPDATE fault_left SET n = n - 1;
           SELECT RAISE(ABORT, 'injected fault') WHERE (SELECT n FROM fault_left) = 0;
         END`,
      );
      try {
        await expect(receiveFile(receiver, syncFile), `${name} #${nth}`).rejects.toThrow(
          'injected fault',
        );
      } finally {
        sqlite.exec('DROP TRIGGER temp.fault');
      }
      expect(sqlite.inTransaction, `${name} #${nth}`).toBe(false);
      expect(databaseHash(receiver), `${name} #${nth} left a trace`).toEqual(bytes);
    }

    // Cancelled while the file is read, at any chunk of any of the three passes but the last.
    for (let chunk = 1; chunk < chunks; chunk++) {
      const controller = new AbortController();
      let seen = 0;
      await expect(
        receiveFile(receiver, syncFile, {
          signal: controller.signal,
          onProgress: () => {
            seen += 1;
            if (seen === chunk) controller.abort();
          },
        }),
        `cancelled at chunk ${chunk}`,
      ).rejects.toThrow();
      expect(databaseHash(receiver), `cancelled at chunk ${chunk}`).toEqual(bytes);
    }
    expect(importedState(receiver.store)).toEqual(before);

    // Nothing of all that stayed behind: the file imports as it would have the first time.
    const result = await receiveFile(receiver, syncFile);
    expect(result.new).toBe(operations);
    expect(importedState(receiver.store)).toEqual(after);
  }, 120_000);

  it('kill -9 during an import: the file is whole, with none or all of the file', async () => {
    const random = createRandom(Number(process.env.PRISTAV_CRASH_SEED ?? 20261202));
    // A run to the end tells the lines the child prints: open, import, one per chunk read…
    const probe = join(temp.dir, 'probe.sqlite');
    copyDatabase(receiverTemplate, probe);
    const full = await runAndKill(child, [probe, syncFile], { afterLine: 1e9, delayMs: 0 });
    expect(full.stderr).toBe('');
    expect(full.lines.at(-1)).toBe('done');
    expect(operationsFrom(probe, branchId)).toBe(operations);
    const importLine = full.lines.indexOf('import');
    const lastRead = full.lines.findLastIndex((line) => line.startsWith('read '));

    const tally = { trials: 0, killed: 0, killedDuringImport: 0, none: 0, all: 0 };
    // Each step of the import (the last read is inside its transaction), later and later
    // after the last read, just after the commit; then random steps and delays.
    const committed = full.lines.findIndex((line) => line.startsWith('imported '));
    const plans: KillPlan[] = [
      ...Array.from({ length: lastRead - importLine + 1 }, (_, offset) => ({
        afterLine: importLine + offset,
        delayMs: 0,
      })),
      { afterLine: lastRead, delayMs: 100 },
      { afterLine: lastRead, delayMs: 250 },
      { afterLine: committed, delayMs: 0 },
    ];
    const trials = sweepTrials(plans.length + 2);
    for (let trial = 0; trial < trials; trial++) {
      const file = join(temp.dir, `killed-${trial}.sqlite`);
      copyDatabase(receiverTemplate, file);
      const plan: KillPlan = plans[trial] ?? {
        afterLine: random.int(importLine, committed),
        delayMs: random.pick([0, 1, 5, 20, 50, 100, 150, 250, 400]),
      };
      const outcome = await runAndKill(child, [file, syncFile], plan);
      expect(outcome.stderr).toBe('');
      tally.trials += 1;
      const last = outcome.lines.at(-1) ?? '';
      if (outcome.wasKilled) tally.killed += 1;
      if (outcome.wasKilled && (last === 'import' || last.startsWith('read '))) {
        tally.killedDuringImport += 1;
      }

      const held = operationsFrom(file, branchId);
      expect([0, operations], `trial ${trial} (${JSON.stringify(plan)}, last ${last})`).toContain(
        held,
      );
      const site = await openSite(file, { name: `killed ${trial}` });
      try {
        expect(site.store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
        if (held === 0) {
          tally.none += 1;
          expect(importedState(site.store)).toEqual(before);
          // It was never read: reading it now gives what a clean import gives.
          expect((await receiveFile(site, syncFile)).new).toBe(operations);
        } else {
          tally.all += 1;
        }
        expect(importedState(site.store)).toEqual(after);
      } finally {
        closeSite(site);
      }
    }
    console.log(`sync import kill sweep: ${JSON.stringify(tally)}`);
    expect(tally.killedDuringImport).toBeGreaterThan(0);
    expect(tally.all).toBeGreaterThan(0);
    expect(tally.none + tally.all).toBe(tally.trials);
  }, 300_000);
});
