import { csv, file, windows1250 } from './import-helpers.ts';

/** How many rows of each table the large register has: 20 000 in all. */
export const largeShape = {
  clients: 4000,
  services: 12_000,
  courses: 20,
  attendance: 3000,
  tallies: 980,
};

// Names Windows-1250 can hold (Vietnamese letters it cannot).
const families = [
  'Nguyen',
  'Tran',
  'Batbayar',
  'Ševčenko',
  'Kovalenko',
  'Petráček',
  'Le',
  'Dvořák',
];
const nationalities = ['VN', 'Vietnam', 'Mongolsko', 'UA', 'Ruská federace', 'MN'];
const types = ['social_legal_counselling', 'internet', 'Tlumočení', 'other'];

/** A day of 2009 by its number (0 = 1 January), as a Czech register writes it. */
function czechDay(day: number): string {
  const date = new Date(Date.UTC(2009, 0, 1 + (day % 365)));
  return `${date.getUTCDate()}.${date.getUTCMonth() + 1}.${date.getUTCFullYear()}`;
}

/** Every 400th client has a note over two lines: quoted line breaks shift the line numbers. */
export const isTwoLineNote = (i: number) => i % 400 === 7;

/** A data row of a table (by index) replaced, to test a problem near the end of a file. */
export interface RowChange {
  table: string;
  row: number;
  line: string;
}

/**
 * A register of 20 000 rows, written as offices write them: clients in Windows-1250 with `;`
 * and Czech headers (some notes over two lines), the rest UTF-8 with `,`.
 */
export function largeRegister(changes: RowChange[] = []) {
  const lines = (table: string, count: number, make: (i: number) => string) =>
    Array.from(
      { length: count },
      (_, i) => changes.find((c) => c.table === table && c.row === i)?.line ?? make(i),
    );
  const clients = lines('clients', largeShape.clients, (i) => {
    const note = isTwoLineNote(i) ? `"tlumočník ""X""\r\npřijde znovu"` : '';
    const family = `${families[i % families.length]}${i}`;
    return `${i + 1};${family};Minh;${1950 + (i % 50)};${nationalities[i % nationalities.length]};${czechDay(i)};${note}`;
  });
  // Two acts in ten repeat the one before: the same act twice is two acts.
  const services = lines('services', largeShape.services, (i) => {
    const j = i % 10 === 9 ? i - 1 : i;
    return `${1 + ((j * 7919) % largeShape.clients)},${czechDay(j)},${types[j % types.length]},${j % 3 === 0 ? 30 : ''}`;
  });
  const courses = lines('courses', largeShape.courses, (i) => {
    const start = (i * 17) % 200;
    return `K${i + 1},czech_low_threshold,Čeština ${i + 1},Liberec,${czechDay(start)},${czechDay(start + 150)}`;
  });
  // Each course has 150 marks: 15 clients × 10 weekly lessons.
  const attendance = lines('attendance', largeShape.attendance, (i) => {
    const course = Math.floor(i / 150);
    const client = 1 + course * 15 + (i % 15);
    const lesson = Math.floor((i % 150) / 15);
    const day = ((course * 17) % 200) + 3 + lesson * 7;
    return `K${course + 1},${client},${czechDay(day)},${i % 7 === 0 ? 'ne' : 'ano'}`;
  });
  const tallies = lines(
    'tallies',
    largeShape.tallies,
    (i) => `${czechDay(i)},internet,,${1 + (i % 9)}`,
  );
  return [
    file(
      'klienti.csv',
      windows1250(
        csv(
          'Číslo;Příjmení;Jméno;Datum narození;Státní příslušnost;Datum souhlasu;Poznámka',
          ...clients,
        ),
      ),
    ),
    file('services.csv', csv('client_ref,date,type,minutes', ...services)),
    file('courses.csv', csv('ref,kind,title,town,start_date,end_date', ...courses)),
    file('attendance.csv', csv('course_ref,client_ref,date,present', ...attendance)),
    file('tallies.csv', csv('date,type,town,count', ...tallies)),
  ];
}

/** The file line of a data row of klienti.csv: after the header and the two-line notes. */
export function clientLine(row: number): number {
  let line = 2;
  for (let i = 0; i < row; i++) line += isTwoLineNote(i) ? 2 : 1;
  return line;
}
