import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const families = ['Nguyen', 'Tran', 'Batbayar', 'Ševčenko', 'Kovalenko', 'Petrov', 'Le', 'Pham'];
const givens = ['Van An', 'Thi Mai', 'Oyuun', 'Olena', 'Ivan', 'Bat-Erdene', 'Minh', 'Hoa'];
const countries = ['VN', 'MN', 'UA', 'RU', 'Vietnam', 'Mongolsko', 'Ukrajina'];
const types = ['social_legal_counselling', 'internet', 'interpreting', 'other'];

/** A register of `rows` rows: a fifth clients, the rest their acts (as the 2010 data set). */
export function registerShape(rows: number): { clients: number; services: number } {
  const clients = Math.round(rows / 5);
  return { clients, services: rows - clients };
}

/** A client's values: Czech dates and names as an office's Excel would hold them. */
export function clientLine(i: number): string[] {
  return [
    String(i + 1),
    `${families[i % families.length]}${i}`,
    givens[(i * 7) % givens.length]!,
    String(1950 + (i % 50)),
    countries[i % countries.length]!,
    `${1 + (i % 28)}.${1 + (i % 12)}.2009`,
  ];
}

export function serviceLine(i: number, clients: number): string[] {
  return [
    String(1 + ((i * 7919) % clients)),
    `${1 + (i % 28)}.${1 + ((i >> 5) % 12)}.2009`,
    types[i % types.length]!,
    i % 3 === 0 ? String(15 + (i % 60)) : '',
  ];
}

/** Lines written a few thousand at a time, so the generator never holds a whole file. */
function writeLines(path: string, header: string, count: number, line: (i: number) => string[]) {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, header);
    for (let start = 0; start < count; start += 5000) {
      const end = Math.min(count, start + 5000);
      const lines: string[] = [];
      for (let i = start; i < end; i++) lines.push(`\r\n${line(i).join(';')}`);
      writeSync(fd, lines.join(''));
    }
  } finally {
    closeSync(fd);
  }
}

/** clients.csv and services.csv of a deterministic register, `;`-separated, into `folder`. */
export function writeRegister(folder: string, rows: number): void {
  const { clients, services } = registerShape(rows);
  mkdirSync(folder, { recursive: true });
  writeLines(
    join(folder, 'clients.csv'),
    'ref;family_name;given_names;birth_date;nationality;consent_date',
    clients,
    clientLine,
  );
  writeLines(join(folder, 'services.csv'), 'client_ref;date;type;minutes', services, (i) =>
    serviceLine(i, clients),
  );
}
