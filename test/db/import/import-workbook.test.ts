import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

  it('reads each table in its turn, whatever the order of the sheets', async () => {
    const temp = await openTempStore({ now });
    close = temp.close;
    const workbook = new ExcelJS.Workbook();
    // The acts and the attendance come before the clients and courses they refer to.
    const attendance = workbook.addWorksheet('dochazka');
    attendance.addRow(['course_ref', 'client_ref', 'date']);
    const services = workbook.addWorksheet('services');
    services.addRow(['client_ref', 'date', 'type']);
    workbook.addWorksheet('Poznámky').addRow(['nic k importu']);
    const clients = workbook.addWorksheet('klienti');
    clients.addRow(['ref', 'family_name', 'nationality']);
    const courses = workbook.addWorksheet('courses');
    courses.addRow(['ref', 'kind', 'title', 'town', 'start_date', 'end_date']);
    const day = (n: number) => new Date(Date.UTC(2009, 0, 5 + n));
    courses.addRow(['K1', 'pc', 'PC kurz', 'Liberec', day(0), day(100)]);
    for (let i = 1; i <= 1500; i++) {
      clients.addRow([i, `Klient${i}`, 'VN']);
      services.addRow([i, day(i % 300), 'internet']);
      services.addRow([i, day(i % 300), 'other']);
      if (i <= 20)
        for (let week = 0; week < 10; week++) attendance.addRow(['K1', i, day(week * 7)]);
    }
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const api = createApi(temp.store);
    const input = { source: 'sesit', files: [file('sesit.xlsx', bytes)] };
    const counts = { clients: 1500, services: 3000, courses: 1, lessons: 10, attendance: 200 };
    const dry = await runImport(api, { ...input, dryRun: true });
    expect(dry).toMatchObject({ state: 'done', counts });
    const status = await runImport(api, input);
    expect(status).toMatchObject({ state: 'done', counts });
    const dump = dumpSyncedData(temp.store);
    expect(dump.enrolments.map((e) => e.enrolled_on)).toEqual(Array(20).fill('2009-01-05'));
    // Sheets are read straight from the zip, never unpacked to temporary files (exceljs names
    // them tmp-PID-…): the register's personal data does not touch the disk.
    expect(readdirSync(tmpdir()).filter((name) => name.startsWith(`tmp-${process.pid}-`))).toEqual(
      [],
    );
  });

  it('refuses a damaged or empty workbook at once, rather than waiting on it', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('clients').addRow(['ref', 'family_name', 'nationality']);
    workbook.getWorksheet('clients')!.addRow([1, 'Nováková', 'UA']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    // A byte of the packed shared strings changed: exceljs alone would wait for ever on it.
    const part = bytes.indexOf('xl/sharedStrings.xml') + 'xl/sharedStrings.xml'.length + 10;
    const damaged = Uint8Array.from(bytes);
    damaged[part] = damaged[part]! ^ 0x5a;
    const temp = await openTempStore({ now });
    close = temp.close;
    for (const content of [damaged, new Uint8Array()]) {
      const status = await runImport(
        createApi(temp.store),
        { source: 'X', files: [file('registr.xlsx', content)] },
        'en',
      );
      expect(status.problems.map((problem) => problem.text)).toEqual([
        'registr.xlsx:1: the file cannot be read as an XLSX workbook',
      ]);
    }
  });
});
