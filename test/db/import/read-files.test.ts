import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { mapHeaders } from '../../../db/import/header-mapping.ts';
import { inspectImport } from '../../../db/import/inspect-import.ts';
import {
  parseLegacyBirthDate,
  parseLegacyDate,
  parsePresent,
  parseSex,
} from '../../../db/import/legacy-values.ts';
import { detectDelimiter, readCsv } from '../../../db/import/read-csv.ts';
import { csv, file, windows1250 } from './import-helpers.ts';

/** A CSV file read as the import reads it, with its rows collected for comparing. */
async function readCsvRows(bytes: Uint8Array, lang: 'cs' | 'en') {
  const content = await readCsv(bytes, lang);
  if ('message' in content) return content;
  const rows = [];
  for await (const row of content.rows()) rows.push(row);
  const { encoding, delimiter, headers, rowCount } = content;
  return { encoding, delimiter, headers, rowCount, rows };
}

describe('reading legacy CSV files', () => {
  it('reads UTF-8 with a BOM, and the BOM is not part of the first header', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(csv('ref,family_name', '1,Nguyễn')),
    ]);
    const content = await readCsvRows(bytes, 'cs');
    expect(content).toMatchObject({
      encoding: 'utf-8',
      delimiter: ',',
      headers: ['ref', 'family_name'],
      rows: [{ line: 2, cells: ['1', 'Nguyễn'] }],
    });
  });

  it('reads Windows-1250 with semicolons, Czech headers and Czech dates', async () => {
    const text = csv(
      'Číslo klienta;Příjmení;Jméno;Datum narození;Státní příslušnost',
      '7;Šťastná;Růžena;3. 4. 1985;Ukrajina',
    );
    const bytes = windows1250(text);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const content = await readCsvRows(bytes, 'cs');
    expect(content).toMatchObject({
      encoding: 'windows-1250',
      delimiter: ';',
      headers: ['Číslo klienta', 'Příjmení', 'Jméno', 'Datum narození', 'Státní příslušnost'],
      rows: [{ line: 2, cells: ['7', 'Šťastná', 'Růžena', '3. 4. 1985', 'Ukrajina'] }],
    });
    if (!('headers' in content)) throw new Error('not read');
    expect(mapHeaders('clients', content.headers)).toMatchObject({
      ref: 'Číslo klienta',
      family_name: 'Příjmení',
      given_names: 'Jméno',
      birth_date: 'Datum narození',
      nationality: 'Státní příslušnost',
      sex: null,
    });
  });

  it('keeps quotes inside fields and counts physical lines across quoted line breaks', async () => {
    const text = csv(
      'client_ref;date;type;note',
      '1;2009-05-01;other;"Řekl: ""přijdu zítra"""',
      '2;2009-05-02;other;"první řádek',
      'druhý řádek; se středníkem"',
      '',
      '3;2009-05-03;other;Nguyen "Tom" Van',
      ';;;',
      '4;2009-05-04;other;',
    );
    const content = await readCsvRows(Buffer.from(text), 'cs');
    expect(content).toMatchObject({ delimiter: ';', rowCount: 4 });
    if (!('rows' in content)) throw new Error('not read');
    expect(content.rows.map((row) => [row.line, row.cells[3]])).toEqual([
      [2, 'Řekl: "přijdu zítra"'],
      [3, 'první řádek\ndruhý řádek; se středníkem'],
      [6, 'Nguyen "Tom" Van'],
      [8, ''],
    ]);
  });

  it('reads a file in chunks without losing a CRLF or a letter split between two of them', async () => {
    // The file is decoded 64 KiB at a time: here a CRLF straddles the first boundary and the
    // two bytes of "č" the second.
    const first = `1,${'a'.repeat(65_523)}`;
    const second = `2,${'b'.repeat(65_532)}č`;
    const bytes = Buffer.from(csv('ref,note', first, second, '3,konec'));
    expect(bytes.subarray(65_535, 65_537).toString()).toBe('\r\n');
    expect(bytes.subarray(131_071, 131_073).toString()).toBe('č');
    const content = await readCsvRows(bytes, 'cs');
    if (!('rows' in content)) throw new Error('not read');
    expect(content.rows.map((row) => [row.line, ...row.cells])).toEqual([
      [2, '1', 'a'.repeat(65_523)],
      [3, '2', `${'b'.repeat(65_532)}č`],
      [4, '3', 'konec'],
    ]);
  });

  it('detects the separator from the header line only, outside quotes', () => {
    expect(detectDelimiter('a;b;c\n1,5;2,5;3')).toBe(';');
    expect(detectDelimiter('"x;y",b,c\n1;2;3;4')).toBe(',');
  });

  it('names the line of an unclosed quote, and refuses bytes that are no text', async () => {
    const text = csv('ref,family_name', '1,Novák', '2,"Svoboda', '3,Dvořák');
    expect(await readCsvRows(Buffer.from(text), 'cs')).toEqual({
      line: 3,
      message: 'uvozovky otevřené na tomto řádku nejsou nikde uzavřeny',
    });
    const utf16 = Buffer.from('\ufeffref,family_name\r\n', 'utf16le');
    expect(await readCsvRows(utf16, 'en')).toEqual({
      line: 1,
      message: 'the file is in UTF-16; save it as "CSV UTF-8" or as CSV (semicolon delimited)',
    });
    // A spreadsheet saved in its own binary format and renamed to .csv.
    const binary = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00, 0x3e]);
    expect(await readCsvRows(binary, 'cs')).toEqual({
      line: 1,
      message: 'soubor nelze přečíst: není to text v kódování UTF-8 ani Windows-1250',
    });
  });
});

describe('legacy values', () => {
  it('reads ISO and Czech dates and refuses days that do not exist', () => {
    expect(parseLegacyDate('2009-05-01')).toBe('2009-05-01');
    expect(parseLegacyDate('1.5.2009')).toBe('2009-05-01');
    expect(parseLegacyDate('01. 05. 2009')).toBe('2009-05-01');
    expect(parseLegacyDate('12.3.2009 0:00')).toBe('2009-03-12');
    expect(parseLegacyDate('31.2.1990')).toBeNull();
    expect(parseLegacyDate('2009/05/01')).toBeNull();
    expect(parseLegacyBirthDate('1975')).toBe('1975');
    expect(parseLegacyBirthDate('29.2.1984')).toBe('1984-02-29');
  });

  it('reads sex and attendance as registers write them', () => {
    expect(['F', 'm', 'X', 'Ž', 'ž', 'žena'].map(parseSex)).toEqual(['F', 'M', 'X', 'F', 'F', 'F']);
    expect(parseSex('?')).toBeNull();
    expect(['1', '0', 'ano', 'NE', 'yes', 'no', 'x', 'X', ''].map(parsePresent)).toEqual([
      true,
      false,
      true,
      false,
      true,
      false,
      true,
      true,
      false,
    ]);
    expect(parsePresent('možná')).toBeNull();
  });
});

describe('inspecting the files', () => {
  it('reads the sheets of a workbook, with real dates in cells, and lists the other sheets', async () => {
    const workbook = new ExcelJS.Workbook();
    const clients = workbook.addWorksheet('clients');
    clients.addRow(['Číslo klienta', 'Příjmení', 'Jméno', 'Datum narození', 'Národnost']);
    clients.addRow([17, 'Tran', 'Thi Mai', new Date(Date.UTC(1990, 2, 12)), 'Vietnam']);
    clients.addRow([18, 'Bold', 'Bat', '1978', 'MN']);
    const notes = workbook.addWorksheet('Poznámky');
    notes.addRow(['cokoli']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const inspection = await inspectImport(
      { files: [file('registr-2009.xlsx', bytes), file('readme.txt', 'x')] },
      'cs',
    );
    expect(inspection.tables).toEqual([
      {
        table: 'clients',
        file: 'registr-2009.xlsx',
        sheet: 'clients',
        encoding: 'xlsx',
        delimiter: null,
        headers: ['Číslo klienta', 'Příjmení', 'Jméno', 'Datum narození', 'Národnost'],
        mapping: {
          ref: 'Číslo klienta',
          family_name: 'Příjmení',
          given_names: 'Jméno',
          birth_date: 'Datum narození',
          sex: null,
          nationality: 'Národnost',
          residence_status: null,
          town: null,
          phone: null,
          email: null,
          first_contact: null,
          consent_date: null,
          note: null,
        },
        required: ['ref', 'family_name', 'nationality'],
        missing: [],
        preview: [
          ['17', 'Tran', 'Thi Mai', '1990-03-12', 'Vietnam'],
          ['18', 'Bold', 'Bat', '1978', 'MN'],
        ],
        rows: 2,
      },
    ]);
    expect(inspection.ignored).toEqual([
      {
        file: 'registr-2009.xlsx/Poznámky',
        reason: 'není žádnou z tabulek importu (clients, services, courses, attendance, tallies)',
      },
      { file: 'readme.txt', reason: 'není soubor CSV ani sešit XLSX' },
    ]);
  });

  it("lets the caller's mapping win, and reports required columns left without a header", async () => {
    const inspection = await inspectImport(
      {
        files: [file('sluzby.csv', csv('Kdo;Kdy;Co;Poznámka', '1;1.5.2009;internet;'))],
        mapping: { services: { client_ref: 'Kdo', date: 'Kdy', note: null } },
      },
      'en',
    );
    expect(inspection.tables[0]).toMatchObject({
      table: 'services',
      delimiter: ';',
      mapping: {
        client_ref: 'Kdo',
        date: 'Kdy',
        type: null,
        town: null,
        minutes: null,
        note: null,
      },
      missing: ['type'],
    });
  });
});
