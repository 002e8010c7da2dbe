import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { courseKinds } from '../../db/contract/courses.ts';
import { importColumns, type ImportTableName } from '../../db/contract/legacy-import.ts';
import { windows1250 } from '../db/import/import-helpers.ts';
import { oddString } from './odd-values.ts';

/**
 * Legacy registers for import.*: small CSV files whose rows mostly make sense (clients with refs
 * that the services, courses and attendance files point to) with odd cells mixed in, in UTF-8
 * or Windows-1250; and a real workbook, whole, cut short or with a byte changed. Random bytes
 * alone would stop at "cannot read the file" and never reach the checks or the write.
 */

const legacyDates = ['2.3.2009', '1. 9. 2009', '2009-11-03', '15.4.2010', '31.12.2010'];

/** Values a register's columns hold; refs and course days come from the register itself. */
const cellValues: Record<string, readonly string[]> = {
  family_name: ['Nguyen', 'Ševčenko', 'Batbayar', 'Nováková'],
  given_names: ['Van An', 'Olena', 'Oyuun', ''],
  birth_date: ['1980', '12.3.1990', '1975-05-01', ''],
  sex: ['M', 'F', 'Ž', ''],
  nationality: ['Vietnam', 'Ukrajina', 'VN', 'Mongolsko', 'Rusko'],
  residence_status: ['trvalý pobyt', 'dlouhodobý pobyt', 'long_term_visa', ''],
  town: ['Liberec', 'Turnov', 'Jablonec nad Nisou'],
  phone: ['777 111 222', '+420 604 123 456', ''],
  email: ['an@example.org', ''],
  first_contact: [...legacyDates, ''],
  consent_date: [...legacyDates, ''],
  date: legacyDates,
  type: ['internet', 'social_legal_counselling', 'Tlumočení', 'other'],
  minutes: ['45', '', '30', '1440'],
  kind: courseKinds,
  title: ['Čeština pro začátečníky', 'PC kurz'],
  level: ['A1', 'B1', ''],
  lecturer: ['Mgr. Dvořáková', ''],
  // Every course runs through March 2009, when the attendance is taken.
  start_date: ['1.3.2009', '2009-02-01'],
  end_date: ['30.6.2009', '2009-12-31'],
  present: ['ano', 'ne', 'x', ''],
  count: ['1', '5', '12'],
  note: ['', 'přišla s „tlumočníkem“', 'a;b,"c"'],
};

interface Register {
  clients: number;
  courses: number;
}

function cell(table: ImportTableName, column: string, row: number, register: Register) {
  const clientRefs = Array.from({ length: register.clients }, (_, i) => String(101 + i));
  const courseRefs = Array.from({ length: register.courses }, (_, i) => `K${i + 1}`);
  if (column === 'ref')
    return fc.constant(table === 'courses' ? courseRefs[row]! : clientRefs[row]!);
  if (column === 'client_ref') return fc.constantFrom(...clientRefs);
  if (column === 'course_ref') return fc.constantFrom(...courseRefs);
  if (table === 'attendance' && column === 'date') {
    return fc.constantFrom('2.3.2009', '16.3.2009', '2009-03-30');
  }
  return fc.constantFrom(...(cellValues[column] ?? ['x']));
}

function csvLine(cells: string[], delimiter: string): string {
  const quoted = cells.map((value) =>
    /[",;\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value,
  );
  return quoted.join(delimiter);
}

function toBase64(text: string, isWindows1250: boolean): string {
  if (isWindows1250) {
    try {
      return Buffer.from(windows1250(text)).toString('base64');
    } catch {
      // A character Windows-1250 cannot hold: such a file would be saved as UTF-8.
    }
  }
  return Buffer.from(text, 'utf8').toString('base64');
}

/** A file of one table: every row sensible, or (odd) some cells replaced with odd text. */
function csvFile(table: ImportTableName, register: Register) {
  const columns = importColumns[table];
  const rowCount =
    table === 'clients' ? register.clients : table === 'courses' ? register.courses : 4;
  const row = (index: number) =>
    fc.tuple(
      ...columns.map((column) =>
        fc.oneof(
          { weight: 8, arbitrary: cell(table, column, index, register) },
          { weight: 1, arbitrary: oddString },
        ),
      ),
    );
  const cleanRow = (index: number) =>
    fc.tuple(...columns.map((column) => cell(table, column, index, register)));
  return fc
    .record({
      isOdd: fc.nat(2).map((n) => n === 0),
      delimiter: fc.constantFrom(';', ','),
      isWindows1250: fc.boolean(),
    })
    .chain(({ isOdd, delimiter, isWindows1250 }) =>
      fc
        .tuple(...Array.from({ length: rowCount }, (_, i) => (isOdd ? row(i) : cleanRow(i))))
        .map((rows) => {
          const lines = [columns, ...rows].map((cells) => csvLine([...cells], delimiter));
          const text = `${lines.join('\r\n')}\r\n`;
          return { name: `${table}.csv`, base64: toBase64(text, isWindows1250) };
        }),
    );
}

/** The files of one register: clients first, then what refers to them. */
function register() {
  return fc
    .record({
      clients: fc.integer({ min: 1, max: 5 }),
      courses: fc.integer({ min: 1, max: 2 }),
      tables: fc.subarray(['services', 'courses', 'attendance', 'tallies'] as const),
    })
    .chain((shape) => {
      const tables: ImportTableName[] = ['clients', ...shape.tables];
      if (tables.includes('attendance') && !tables.includes('courses')) tables.push('courses');
      return fc.tuple(...tables.map((table) => csvFile(table, shape)));
    });
}

/** A workbook of the clients and services sheets, built once (ExcelJS writes asynchronously). */
export async function buildWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const clients = workbook.addWorksheet('clients');
  clients.addRow(['ref', 'family_name', 'given_names', 'nationality', 'consent_date']);
  clients.addRow([1, 'Tran', 'Thi Mai', 'VN', new Date(Date.UTC(2009, 8, 2))]);
  const services = workbook.addWorksheet('services');
  services.addRow(['client_ref', 'date', 'type', 'minutes']);
  services.addRow([1, new Date(Date.UTC(2009, 8, 3)), 'internet', 60]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function workbookFile(workbook: Uint8Array) {
  return fc
    .record({ cut: fc.nat(), flip: fc.nat(), how: fc.constantFrom('whole', 'cut', 'flip') })
    .map(({ cut, flip, how }) => {
      let bytes = workbook;
      if (how === 'cut') bytes = workbook.slice(0, cut % workbook.length);
      if (how === 'flip') {
        bytes = workbook.slice();
        const at = flip % bytes.length;
        bytes[at] = bytes[at]! ^ 0xff;
      }
      return { name: 'registr.xlsx', base64: Buffer.from(bytes).toString('base64') };
    });
}

const brokenFile = fc.oneof(
  fc
    .tuple(fc.constantFrom('clients.csv', 'x.xlsx', 'readme.txt'), fc.uint8Array({ maxLength: 64 }))
    .map(([name, bytes]) => ({ name, base64: Buffer.from(bytes).toString('base64') })),
  fc.constantFrom(
    { name: 'clients.csv', base64: '@@not base64@@' },
    { name: 'clients.csv', base64: '' },
    { name: 'services.csv', base64: Buffer.from('\ufeff').toString('base64') },
  ),
);

/** The files of a legacy register: CSV files, a workbook, or files that cannot be read. */
export function legacyFiles(
  workbook: Uint8Array,
): fc.Arbitrary<{ name: string; base64: string }[]> {
  return fc.oneof(
    { weight: 6, arbitrary: register() },
    { weight: 2, arbitrary: workbookFile(workbook).map((file) => [file]) },
    { weight: 1, arbitrary: fc.array(brokenFile, { minLength: 1, maxLength: 2 }) },
  );
}
