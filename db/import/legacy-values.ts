import { isValidIsoDate } from '../contract/dates.ts';
import type { Sex } from '../contract/residence.ts';
import { foldName } from './header-names.ts';

/**
 * A date as registers write it: `YYYY-MM-DD`, or Czech `D.M.YYYY` / `D. M. YYYY`, to
 * YYYY-MM-DD; null when it is no real calendar day ("31.2.1990").
 */
export function parseLegacyDate(text: string): string | null {
  // A spreadsheet export may add midnight: "12.3.2009 0:00", "2009-03-12 00:00:00".
  const value = text.trim().replace(/(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?$/, '');
  if (isValidIsoDate(value)) return value;
  const czech = /^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})$/.exec(value);
  if (!czech) return null;
  const iso = `${czech[3]}-${czech[2]!.padStart(2, '0')}-${czech[1]!.padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}

/** A birth date may be a year alone (the client record stores it as YYYY). */
export function parseLegacyBirthDate(text: string): string | null {
  const value = text.trim();
  return /^\d{4}$/.test(value) ? value : parseLegacyDate(value);
}

const sexes: Record<string, Sex> = {
  f: 'F',
  z: 'F',
  zena: 'F',
  female: 'F',
  m: 'M',
  muz: 'M',
  male: 'M',
  x: 'X',
};

/** F, M or X; Ž (žena) is F. */
export function parseSex(text: string): Sex | null {
  return sexes[foldName(text)] ?? null;
}

const presence: Record<string, boolean> = {
  '': false,
  '0': false,
  ne: false,
  no: false,
  n: false,
  '1': true,
  ano: true,
  yes: true,
  a: true,
  y: true,
  x: true,
};

/** Attendance as ticked in a register: 1/0, ano/ne, yes/no, x or an empty cell. */
export function parsePresent(text: string): boolean | null {
  return presence[foldName(text)] ?? null;
}

/** A whole number as written in a cell ("30", "30.0" from a spreadsheet); null otherwise. */
export function parseWholeNumber(text: string): number | null {
  const value = text.trim().replace(/[.,]0+$/, '');
  return /^\d{1,9}$/.test(value) ? Number(value) : null;
}
