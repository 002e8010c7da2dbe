import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRow } from '../../../db/changes/write-row.ts';
import { runWrite } from '../../../db/changes/write-transaction.ts';
import { withPeriodActs } from '../../../db/summaries/period-acts.ts';
import { buildPeriodReport } from '../../../db/reports/period-report.ts';
import { openTempStore } from '../../helpers/temp-database.ts';

type Temp = Awaited<ReturnType<typeof openTempStore>>;
const period = { from: '2025-01-01', to: '2025-12-31', town: null };

/**
 * Merged records count for the survivor at the end of their chain (SYNC.md), and the report
 * reaches it by following only the merged records. Chains of two links, a cycle, a chain into a
 * record that does not exist, removed survivors and removed merged records: each act must count
 * for the same person as the rule "walk merged_into from every unmerged record" gives.
 */
describe('the person an act counts for', () => {
  let temp: Temp;
  beforeAll(async () => {
    temp = await openTempStore();
    const clients: [string, string, string | null, boolean][] = [
      // id, nationality, merged_into, deleted
      ['a', 'VN', null, false],
      ['b', 'UA', 'a', false], // b → a
      ['c', 'RU', 'b', false], // c → b → a
      ['d', 'MN', 'e', false], // d ↔ e: a cycle counts for no one
      ['e', 'MN', 'd', false],
      ['f', 'KZ', 'missing', false], // into a record that is not there
      ['g', 'CN', null, true], // a removed survivor…
      ['h', 'CN', 'g', false], // …takes its merged record with it
      ['i', 'BY', 'j', true], // a removed record merged into a live one counts for it
      ['j', 'AM', null, false],
    ];
    runWrite(temp.store, null, (w) => {
      for (const [id, nationality, mergedInto, deleted] of clients) {
        writeRow(w, 'clients', id, {
          family_name: id.toUpperCase(),
          nationality,
          merged_into: mergedInto,
          deleted,
        });
        writeRow(w, 'service_acts', `act-${id}`, {
          client_id: id,
          type: 'internet',
          date: '2025-03-04',
          town: id < 'e' ? 'Liberec' : 'Turnov',
        });
      }
    });
  });
  afterAll(() => temp.close());

  it('is the survivor of the chain, and nobody for a cycle, a broken chain or a removed survivor', () => {
    const persons = withPeriodActs(temp.store, period, () =>
      temp.store.sqlite
        .prepare('SELECT source_id, person, nationality FROM report_acts ORDER BY source_id')
        .all(),
    );
    expect(persons).toEqual([
      { source_id: 'act-a', person: 'a', nationality: 'VN' },
      { source_id: 'act-b', person: 'a', nationality: 'VN' },
      { source_id: 'act-c', person: 'a', nationality: 'VN' },
      { source_id: 'act-i', person: 'j', nationality: 'AM' },
      { source_id: 'act-j', person: 'j', nationality: 'AM' },
    ]);
  });

  it('gives the report the same people', () => {
    const report = buildPeriodReport(temp.store, { from: period.from, to: period.to });
    expect(report).toMatchObject({
      clients: 2,
      countries: 2,
      acts: 5,
      actsPerClient: 2.5,
      byNationality: [
        { country: 'AM', clients: 1 },
        { country: 'VN', clients: 1 },
      ],
      byServiceType: [{ type: 'internet', clients: 2, acts: 5 }],
      byTown: [
        { town: 'Liberec', clients: 1, acts: 3, courses: 0, participants: 0 },
        { town: 'Turnov', clients: 1, acts: 2, courses: 0, participants: 0 },
      ],
    });
  });
});
