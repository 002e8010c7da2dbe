import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpSyncedData } from '../../../../db/changes/dump.ts';
import { writeRow } from '../../../../db/changes/write-row.ts';
import { runWrite } from '../../../../db/changes/write-transaction.ts';
import { isPristavError } from '../../../../db/errors.ts';
import {
  call,
  closeSite,
  createHq,
  enrolAndJoin,
  makeSyncTempDir,
  receiveFile,
  sendFile,
  type Site,
} from '../../../helpers/sync-sites.ts';

/*
 * Issue 12, GDPR erasure across three offices through sync files: HQ erases a person; the
 * erasure travels; at every office no byte of the name is left in the database file or its
 * WAL, every operation about them is a stub with its counter kept, an edit made at a branch
 * before the erasure reached it does not bring them back (nor does an old file), the figures
 * of a submitted period do not change, and only HQ may erase.
 */
const family = 'Quetzalcoatlová';
const given = 'Xiomara';
/** What must not be found: the name as written, and as the search index folds it. */
const traces = [family, given, 'quetzalcoatlova', 'xiomara', 'Xiomara přinesla'];

function tracesIn(site: Site): string[] {
  site.store.sqlite.pragma('wal_checkpoint(PASSIVE)');
  const found: string[] = [];
  for (const suffix of ['', '-wal']) {
    const file = site.file + suffix;
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    for (const trace of traces) {
      if (bytes.includes(Buffer.from(trace, 'utf8'))) found.push(`${trace} in ${suffix || 'db'}`);
    }
  }
  return found;
}

/** Per origin site: how many operations are held, and the highest counter (no gaps: equal). */
function counters(site: Site): Record<string, [number, number]> {
  const rows = site.store.sqlite
    .prepare('SELECT site, count(*) AS n, max(counter) AS top FROM ops GROUP BY site')
    .all() as { site: number; n: number; top: number }[];
  return Object.fromEntries(rows.map((row) => [String(row.site), [row.n, row.top]]));
}

/** What a submitted period holds: its figures as submitted, never recomputed. */
function frozenFigures(site: Site): unknown[] {
  return site.store.sqlite
    .prepare('SELECT period_from, period_to, figures, acts FROM report_submissions ORDER BY id')
    .all();
}

describe('erasure of a person, at HQ, reaches every office by sync files', () => {
  const temp = makeSyncTempDir('pristav-erasure-');
  let hq: Site;
  let jablonec: Site;
  let turnov: Site;
  let clientId: string;
  let submittedBefore: unknown[];
  let oldHqFileForTurnov: string;
  let lateEditFromJablonec: string;

  beforeAll(async () => {
    hq = await createHq(join(temp.dir, 'hq.sqlite'));
    clientId = (
      await call(hq, 'clients.create', {
        familyName: family,
        givenNames: given,
        nationality: 'MX',
        consentDate: '2026-01-05',
        phone: '+420 777 123 456',
      })
    ).id;
    await call(hq, 'acts.record', {
      clientId,
      type: 'social_legal_counselling',
      date: '2026-02-02',
      note: 'Xiomara přinesla doklady k pobytu.',
    });
    await call(hq, 'acts.record', { clientId, type: 'internet', date: '2026-02-03' });
    // Someone else, who stays.
    await call(hq, 'clients.create', {
      familyName: 'Nguyễn',
      nationality: 'VN',
      consentDate: '2026-01-05',
    });
    await call(hq, 'reports.submit', { from: '2026-01-01', to: '2026-06-30' });
    submittedBefore = frozenFigures(hq);
    jablonec = await enrolAndJoin(hq, join(temp.dir, 'jablonec.sqlite'), {
      name: 'Jablonec nad Nisou',
      town: 'Jablonec nad Nisou',
    });
    turnov = await enrolAndJoin(hq, join(temp.dir, 'turnov.sqlite'), {
      name: 'Turnov',
      town: 'Turnov',
    });
    // Turnov's copy of an HQ file from before the erasure, kept to be read again later.
    await call(hq, 'acts.record', { clientId, type: 'internet', date: '2026-03-01' });
    oldHqFileForTurnov = (await sendFile(hq, turnov, temp.dir)).path;
    await receiveFile(turnov, oldHqFileForTurnov);
    // Jablonec edits the person before it hears of the erasure; the file reaches HQ after it.
    await call(jablonec, 'clients.update', {
      id: clientId,
      changes: { note: 'Xiomara přinesla doklady znovu' },
    });
    lateEditFromJablonec = (await sendFile(jablonec, hq, temp.dir)).path;
  }, 120_000);

  afterAll(() => {
    for (const site of [hq, jablonec, turnov]) if (site) closeSite(site);
    temp.cleanup();
  });

  it('at HQ: the record gone, acts kept without their notes, no trace in the files', async () => {
    expect(tracesIn(hq).length).toBeGreaterThan(0); // the check can see a name
    const before = counters(hq);
    const result = await call(hq, 'clients.erase', {
      clientId,
      reason: 'žádost subjektu údajů ze dne 2. 12. 2026',
    });
    expect(result).toMatchObject({ erased: [clientId], actsKept: 3, notesEmptied: 1 });
    expect(tracesIn(hq)).toEqual([]);
    expect((await hq.api.invoke('clients.get', { id: clientId }, 'cs')).ok).toBe(false);
    // Counters stay contiguous: the same operations, now stubs, plus the erasure's own.
    const after = counters(hq);
    for (const [site, [count, top]] of Object.entries(after)) {
      expect(count, `site ${site}`).toBe(top);
      expect(count).toBeGreaterThanOrEqual(before[site]?.[0] ?? 0);
    }
    // The submitted period's figures are frozen (its acts are flagged as changed since).
    expect(frozenFigures(hq)).toEqual(submittedBefore);
    const [submission] = await call(hq, 'reports.submissions', {});
    expect(submission!.changedActs).toBe(2);
  });

  it('travels to the branches; a late edit and an old file do not bring the person back', async () => {
    await receiveFile(hq, lateEditFromJablonec);
    expect(tracesIn(hq)).toEqual([]);
    for (const branch of [jablonec, turnov]) {
      expect(tracesIn(branch).length, `${branch.name} had the name`).toBeGreaterThan(0);
      await receiveFile(branch, (await sendFile(hq, branch, temp.dir)).path);
      expect(tracesIn(branch), branch.name).toEqual([]);
      const [count, top] = Object.values(counters(branch)).reduce(
        ([c, t], [n, m]) => [c + n, t + m],
        [0, 0],
      );
      expect(count, `${branch.name}: counters contiguous`).toBe(top);
    }
    // An old file read again (it was imported before: nothing is read again), and the same
    // operations arriving as new in another file would be stubbed on arrival.
    const again = await receiveFile(turnov, oldHqFileForTurnov);
    expect(again.isAlreadyImported).toBe(true);
    for (const branch of [jablonec, turnov]) {
      await receiveFile(hq, (await sendFile(branch, hq, temp.dir)).path);
    }
    for (const branch of [jablonec, turnov]) {
      await receiveFile(branch, (await sendFile(hq, branch, temp.dir)).path);
    }
    const dumps = [hq, jablonec, turnov].map((site) => JSON.stringify(dumpSyncedData(site.store)));
    expect(dumps[1]).toBe(dumps[0]);
    expect(dumps[2]).toBe(dumps[0]);
    expect(dumps[0]).not.toContain(family);
    expect(dumps[0]).toContain(clientId); // the erasure itself is remembered
    for (const site of [hq, jablonec, turnov]) expect(tracesIn(site), site.name).toEqual([]);
  });

  it('only HQ erases: a branch may not, and a branch file that tries is refused', async () => {
    const refused = await jablonec.api.invoke(
      'clients.erase',
      { clientId, reason: 'zkouška' },
      'cs',
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'SYNC_HQ_ONLY' } });
    const other = await call(jablonec, 'clients.create', {
      familyName: 'Petrenko',
      nationality: 'UA',
      consentDate: '2026-01-05',
    });
    runWrite(jablonec.store, null, (w) =>
      writeRow(w, 'erasures', other.id, { reason: 'pobočka si to usmyslela' }),
    );
    const file = (await sendFile(jablonec, hq, temp.dir)).path;
    const error = await receiveFile(hq, file).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(isPristavError(error) && error.code).toBe('SYNC_ERASURE_FROM_BRANCH');
    expect((await call(hq, 'clients.list', {})) !== null).toBe(true);
  });
});
