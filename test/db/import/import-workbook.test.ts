import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../db/api.ts';
import { dumpSyncedData } from '../../../db/changes/dump.ts';
import { openTempStore } from '../../helpers/temp-database.ts';
import { file, runImport } from './import-helpers.ts';

let close: (() => void) | undefined;
afterEach(() => close?.());

const now = () => Date.UTC(2010, 11, 31, 12);

describe('importing a workbook', () => {
  it('imports the sheets of an XLSX workbook, with dates as real cell dates or as text', async () => {
    const temp = await openTempStore({ now });
    close = temp.close;
    const workbook = new ExcelJS.Workbook();
    const clients = workbook.addWorksheet('clients');
    clients.addRow([
      'ref',
      'family_name',
      'given_names',
      'birth_date',
      'nationality',
      'consent_date',
    ]);
    clients.addRow([1, 'Tran', 'Thi Mai', new Date(Date.UTC(1990, 2, 12)), 'VN', '1. 9. 2009']);
    clients.addRow([2, 'Bold', 'Bat', 1978, 'Mongolsko', new Date(Date.UTC(2009, 8, 2))]);
    const services = workbook.addWorksheet('services');
    services.addRow(['client_ref', 'date', 'type', 'minutes']);
    services.addRow([1, new Date(Date.UTC(2009, 8, 3)), 'social_legal_counselling', 60]);
    services.addRow([2, '4.9.2009', 'internet', null]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const status = await runImport(createApi(temp.store), {
      source: 'registr-2009',
      files: [file('registr-2009.xlsx', bytes)],
    });
    expect(status).toMatchObject({ state: 'done', counts: { clients: 2, services: 2 } });
    const dump = dumpSyncedData(temp.store);
    expect(dump.clients.map((c) => [c.family_name, c.birth_date, c.consent_date]).sort()).toEqual([
      ['Bold', '1978', '2009-09-02'],
      ['Tran', '1990-03-12', '2009-09-01'],
    ]);
    expect(dump.service_acts.map((a) => [a.date, a.minutes]).sort()).toEqual([
      ['2009-09-03', 60],
      ['2009-09-04', null],
    ]);
  });
});
