import { afterEach, describe, expect, it } from 'vitest';
import { encodeRowId } from '../../../db/changes/op-encoding.ts';
import { rowsWithHeads, rowText } from '../../../db/changes/fresh-rows.ts';
import { writeRow } from '../../../db/changes/write-row.ts';
import { runWrite } from '../../../db/changes/write-transaction.ts';
import { openTempStore } from '../../helpers/temp-database.ts';

/*
 * The lookup an import makes before it takes the short way for rows new here: which row ids
 * already have heads, asked 500 at a time.
 */

type Temp = Awaited<ReturnType<typeof openTempStore>>;
let opened: Temp[] = [];
afterEach(() => {
  for (const temp of opened) temp.close();
  opened = [];
});

const uuid = (n: number) => `019a0000-0000-7000-8000-${String(n).padStart(12, '0')}`;

describe('rowsWithHeads', () => {
  it('finds exactly the rows that have heads, across several statements', async () => {
    const temp = await openTempStore({ withSite: true });
    opened.push(temp);
    runWrite(temp.store, null, (w) => {
      // Every third of 1 300 books exists, and one setting (a text id).
      for (let n = 0; n < 1_300; n += 3) writeRow(w, 'books', uuid(n), { title: `Kniha ${n}` });
      writeRow(w, 'settings', 'report.funding_line', { value: 'AMIF' });
    });
    const asked = [
      ...Array.from({ length: 1_300 }, (_, n) => encodeRowId(uuid(n))),
      encodeRowId('report.funding_line'),
      encodeRowId('report.unknown'),
    ];
    const found = rowsWithHeads(temp.store, asked);
    const expected = new Set([
      ...Array.from({ length: 1_300 }, (_, n) => n)
        .filter((n) => n % 3 === 0)
        .map((n) => rowText(encodeRowId(uuid(n)))),
      rowText('report.funding_line'),
    ]);
    expect(found).toEqual(expected);
    expect(rowsWithHeads(temp.store, [])).toEqual(new Set());
  });

  it('tells a text id from the same bytes as a blob', () => {
    const bytes = Buffer.from('abc', 'latin1');
    expect(rowText(bytes)).not.toBe(rowText('abc'));
  });
});
