import { errorCodes, errorMessage } from '../../db/contract/errors.ts';
import type { Language } from '../../db/contract/language.ts';

/** The invariants every call must keep, shared by the worker that runs the calls and the test. */

/** Methods that only read: they must leave the synced data as it was, even when they answer. */
export const readOnlyMethods: ReadonlySet<string> = new Set([
  'app.info',
  'app.health',
  'session.status',
  'users.list',
  'settings.get',
  'clients.get',
  'clients.search',
  'clients.list',
  'clients.duplicatesFor',
  'clients.duplicates',
  'clients.history',
  'clients.consentForm',
  'serviceTypes.list',
  'acts.get',
  'acts.timeline',
  'acts.day',
  'courses.list',
  'courses.get',
  'courses.lessonsOn',
  'attendance.sheet',
  'books.search',
  'loans.overdue',
  'loans.forClient',
  'reports.period',
  'reports.submissions',
  'reports.compare',
  'reports.drilldown',
  'reports.range',
  'reports.monthly',
  'reports.export',
  'import.inspect',
  'import.status',
  'sync.status',
  'sync.conflicts',
  'sync.runStatus',
  'settings.storage',
  'clients.consentTexts',
  'reports.yearEarlier',
  'partners.list',
  'events.list',
  'events.get',
]);

/** What is wrong with an answer's shape, or null: `{ ok, value } | { ok: false, error }`. */
export function envelopeProblem(result: unknown): string | null {
  if (typeof result !== 'object' || result === null) return `not an object: ${String(result)}`;
  const answer = result as Record<string, unknown>;
  const keys = Object.keys(answer).sort().join(',');
  if (answer.ok === true) {
    if (keys !== 'ok,value' || answer.value === undefined) return `ok without a value (${keys})`;
  } else if (answer.ok === false) {
    const error = answer.error as Record<string, unknown> | undefined;
    if (keys !== 'error,ok' || typeof error !== 'object' || error === null) return 'no error';
    if (!(errorCodes as readonly unknown[]).includes(error.code))
      return `code ${String(error.code)}`;
    if (typeof error.message !== 'string' || error.message.trim() === '') return 'empty message';
  } else {
    return `ok is ${String(answer.ok)}`;
  }
  try {
    // The loopback host sends answers as JSON: one that cannot be stringified never arrives.
    JSON.stringify(result);
  } catch (error) {
    return `not JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
  return null;
}

/**
 * Issue 10 point 3, checked on what is stored rather than on the rules: no control characters
 * (tab and line breaks aside), no bidi overrides, no text that is not NFC, no text of invisible
 * characters only, and no day before 1900 or after 2100. An independent oracle on purpose: it
 * does not reuse the contract's own rules.
 */
// eslint-disable-next-line no-control-regex
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const bidiControl = /[\u202A-\u202E\u2066-\u2069]/;
const invisibleOnly = /^[\s\u200B-\u200D\u2060\uFEFF]+$/;
const isoDay = /^(\d{4})-\d\d-\d\d$/;
/** Columns that hold days (a name or a note that looks like one is just text). */
const dayColumn = /(^date$|_date$|_on$|_until$|^first_contact$|^consent_withdrawn$)/;

export function storedTextProblem(value: unknown, column = ''): string | null {
  if (typeof value !== 'string') return null;
  if (controlCharacter.test(value)) return 'a control character';
  if (bidiControl.test(value)) return 'a bidi control';
  if (value.normalize('NFC') !== value) return 'text not in NFC';
  if (invisibleOnly.test(value)) return 'invisible characters only';
  const year = dayColumn.test(column) ? isoDay.exec(value)?.[1] : undefined;
  if (year !== undefined && (Number(year) < 1900 || Number(year) > 2100))
    return 'a day out of range';
  return null;
}

/** Every stored value with a problem, as 'table.column id' → problem, from a dump. */
export function storedProblems(dump: Record<string, Record<string, unknown>[]>) {
  const problems = new Map<string, string>();
  for (const [table, rows] of Object.entries(dump)) {
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        const problem = storedTextProblem(value, column);
        if (problem) problems.set(`${table}.${column} ${String(row.id)}`, problem);
      }
    }
  }
  return problems;
}

/** Does an import job's final message hide an unexpected error? (the job reports INTERNAL so) */
export function isInternalMessage(message: string | null, lang: Language): boolean {
  return message !== null && message.includes(errorMessage('INTERNAL', lang));
}

/** Combining marks, zero-width and bidi characters: invisible in a report unless spelled out. */
const invisible = /[\u0300-\u036F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

function spelled(text: string): string {
  return text.replace(
    invisible,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * A value short enough to print: long strings cut, with their length, and invisible characters
 * spelled out (JSON.stringify then escapes control characters and lone surrogates).
 */
export function preview(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') {
    return spelled(value.length > 80 ? `${value.slice(0, 40)}…(${value.length} chars)` : value);
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return `<${String(value)}>`;
  if (Object.is(value, -0)) return '<-0>';
  if (value === undefined) return '<undefined>';
  if (typeof value !== 'object' || value === null) return value;
  if (depth > 4) return '…';
  if (Array.isArray(value)) {
    const shown = value.slice(0, 6).map((item) => preview(item, depth + 1));
    return value.length > 6 ? [...shown, `…(${value.length} items)`] : shown;
  }
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, preview(item, depth + 1)]),
  );
}
