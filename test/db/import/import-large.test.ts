import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../db/api.ts';
import { dumpSyncedData } from '../../../db/changes/dump.ts';
import { legacyRefId } from '../../../db/legacy-refs/legacy-refs.ts';
import type { Store } from '../../../db/store.ts';
import { openTempStore } from '../../helpers/temp-database.ts';
import { fingerprint, runImport } from './import-helpers.ts';
import { clientLine, largeRegister, largeShape } from './large-register.ts';

let close: (() => void) | undefined;
afterEach(() => close?.());

const now = () => Date.UTC(2010, 11, 31, 12);
const source = 'Velký registr 2009';

const count = (store: Store, sql: string) =>
  (store.sqlite.prepare(`SELECT count(*) AS n FROM ${sql}`).get() as { n: number }).n;

describe('a large import, read from the files a pass at a time', () => {
  it('writes every one of 20 000 rows, and importing them again changes nothing', async () => {
    const temp = await openTempStore({ now });
    close = temp.close;
    const { store } = temp;
    const api = createApi(store);
    const status = await runImport(api, { source, files: largeRegister() });
    expect(status).toMatchObject({
      state: 'done',
      problems: [],
      counts: { ...largeShape, lessons: 200, unchanged: 0 },
    });
    expect(count(store, 'clients')).toBe(largeShape.clients);
    expect(count(store, 'service_acts')).toBe(largeShape.services);
    expect(count(store, 'service_acts WHERE minutes = 30')).toBe(4000);
    expect(count(store, 'anonymous_tallies')).toBe(largeShape.tallies);
    expect(count(store, 'lessons')).toBe(200);
    expect(count(store, 'enrolments')).toBe(300);
    expect(count(store, 'attendance WHERE is_present = 0')).toBe(429);
    // Each enrolment starts on the client's first lesson, found before anything was written.
    const lateStarts = `enrolments e WHERE enrolled_on <>
      (SELECT min(date) FROM lessons l WHERE l.course_id = e.course_id)`;
    expect(count(store, lateStarts)).toBe(0);
    expect(count(store, 'legacy_refs')).toBe(
      largeShape.clients + largeShape.courses + largeShape.services + largeShape.tallies,
    );
    // A note over two lines, its CRLF read as one line break, and the last client of the file.
    const note = store.sqlite
      .prepare('SELECT note, nationality FROM clients WHERE family_name = ?')
      .get('Dvořák7');
    expect(note).toEqual({ note: 'tlumočník "X"\npřijde znovu', nationality: 'VN' });
    const last = store.sqlite
      .prepare(
        'SELECT c.family_name FROM legacy_refs r JOIN clients c ON c.id = r.row_id WHERE r.id = ?',
      )
      .get(legacyRefId(source, 'client', '4000'));
    expect(last).toEqual({ family_name: 'Dvořák3999' });

    const dump = JSON.stringify(dumpSyncedData(store));
    const ops = count(store, 'ops');
    const again = await runImport(api, { source, files: largeRegister() });
    expect(again.counts).toEqual({
      clients: 0,
      services: 0,
      courses: 0,
      lessons: 0,
      attendance: 0,
      tallies: 0,
      unchanged: 20_000,
    });
    expect(JSON.stringify(dumpSyncedData(store))).toBe(dump);
    expect(count(store, 'ops')).toBe(ops);
  });

  it('a bad row near the end of a file leaves the database byte for byte as it was', async () => {
    const temp = await openTempStore({ now });
    close = temp.close;
    const api = createApi(temp.store);
    const created = await api.invoke(
      'clients.create',
      { familyName: 'Stará', nationality: 'UA', isConsentPending: true },
      'cs',
    );
    expect(created.ok).toBe(true);
    const before = fingerprint(temp);
    const files = largeRegister([
      { table: 'clients', row: 3998, line: '3999;Novák;Jan;1980;Narnie;1.1.2009;' },
      { table: 'attendance', row: 2999, line: 'K20,300,1.1.2009,ano' },
    ]);
    const status = await runImport(api, { source, files });
    expect(status).toMatchObject({ state: 'failed', counts: { clients: 0, unchanged: 0 } });
    expect(status.problems.map((problem) => problem.text)).toEqual([
      `klienti.csv:${clientLine(3998)}: Státní příslušnost: neznámá země „Narnie“`,
      'attendance.csv:3001: date: lekce 2009-01-01 je mimo termín kurzu (2009-05-04 – 2009-10-01)',
    ]);
    expect(fingerprint(temp)).toEqual(before);
  });
});
