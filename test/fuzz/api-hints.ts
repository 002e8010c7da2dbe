import fc from 'fast-check';
import { regionTowns } from '../../db/contract/courses.ts';
import { todayIso } from '../../db/contract/dates.ts';
import { addDays } from './fuzz-dates.ts';
import { ref, type RefKind } from './fuzz-refs.ts';
import { legacyFiles } from './legacy-files.ts';
import { derive, type Path, type WalkOptions, type ZodLike } from './zod-arbitrary.ts';

/**
 * What the schemas cannot say: which field holds the id of which record, which string is a date,
 * and what a realistic value looks like. Without these nearly every call would be refused as
 * "not found" or "invalid date" and nothing past validation would run.
 */

/** Dates at the edge of what the contract accepts, or past it (the 9999-12-31). */
const edgeDates = ['1900-01-01', '2100-12-31', '9999-12-31', '0100-01-01', '2024-02-29'];

/** Mostly the demo register's years (2009–2011), sometimes around today or at an edge. */
const dayArbitrary = fc.oneof(
  {
    weight: 16,
    arbitrary: fc.integer({ min: 0, max: 3 * 365 }).map((d) => addDays('2009-01-01', d)),
  },
  { weight: 4, arbitrary: fc.integer({ min: -60, max: 30 }).map((d) => addDays(todayIso(), d)) },
  { weight: 1, arbitrary: fc.constantFrom(...edgeDates) },
);

/** A day of the course the call is about (lessons outside it are refused), or any day. */
const courseDay = fc.oneof(
  { weight: 3, arbitrary: fc.nat().map((pick) => ref('courseDay', pick)) },
  { weight: 1, arbitrary: dayArbitrary },
);

/** tallies.undo takes back a tally that exists: its type, day and town from one row. */
const existingTally = fc.nat().map((pick) => ({
  type: ref('tallyType', pick),
  date: ref('tallyDate', pick),
  town: ref('tallyTown', pick),
}));

const birthDate = fc.oneof(
  fc.constant(''),
  fc.integer({ min: 1940, max: 2008 }).map(String),
  fc.integer({ min: 0, max: 68 * 365 }).map((d) => addDays('1940-01-01', d)),
);

/** A valid ISBN-13 (978 + nine digits + check digit) or none. */
const isbn = fc.oneof(
  fc.constant(''),
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }).map((digits) => {
    const body = [9, 7, 8, ...digits];
    const sum = body.reduce((total, digit, i) => total + digit * (i % 2 === 0 ? 1 : 3), 0);
    return `${body.join('')}${(10 - (sum % 10)) % 10}`;
  }),
);

const searchText = fc.constantFrom(
  'nguyen',
  'Nguyễn',
  'petracek',
  'ševčenko',
  'bat',
  'a',
  'ко',
  '',
);

/** A week of opening hours (settings.set): Monday first, a day open in the day or closed. */
const clockTime = fc
  .tuple(fc.integer({ min: 6, max: 12 }), fc.constantFrom('00', '15', '30'))
  .map(([hour, minute]) => `${String(hour).padStart(2, '0')}:${minute}`);
const openingHours = fc.array(
  fc.oneof(
    { weight: 1, arbitrary: fc.constant(null) },
    {
      weight: 3,
      arbitrary: fc.record({
        opens: clockTime,
        closes: fc.constantFrom('13:00', '16:30', '17:00', '19:00'),
      }),
    },
  ),
  { minLength: 7, maxLength: 7 },
);

/** Mostly a real record, sometimes one that is gone, sometimes an id that never existed. */
function idOf(kind: RefKind, other: RefKind = kind) {
  return fc.oneof(
    { weight: 8, arbitrary: fc.nat().map((pick) => ref(kind, pick)) },
    { weight: 1, arbitrary: fc.nat().map((pick) => ref(other, pick)) },
    { weight: 1, arbitrary: fc.oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: 12 })) },
  );
}

const idKinds: Record<string, RefKind> = {
  clientId: 'client',
  survivorId: 'client',
  mergedId: 'client',
  excludeId: 'client',
  courseId: 'course',
  lessonId: 'lesson',
  enrolmentId: 'enrolment',
  bookId: 'book',
  loanId: 'openLoan',
  jobId: 'importJob',
};

/** What `id` means in each domain's methods. */
const idOfDomain: Record<string, RefKind> = {
  clients: 'client',
  acts: 'act',
  courses: 'course',
  lessons: 'lesson',
  books: 'book',
  loans: 'loan',
};

const dateKey =
  /(^date$|Date$|^from$|^to$|^activeOn$|^served(From|To)$|Until$|^firstContact$|^consentWithdrawn$)/;

function hintFor(
  method: string,
  path: Path,
  workbook: Uint8Array,
): fc.Arbitrary<unknown> | undefined {
  const key = path.at(-1);
  if (path.length === 0 && method === 'tallies.undo') return existingTally;
  if (typeof key !== 'string') return undefined;
  const domain = method.split('.')[0]!;
  if (key === 'id' && method === 'clients.unmerge') return idOf('mergedClient', 'anyClient');
  if (key === 'date' && ['lessons.add', 'lessons.move', 'enrolments.enrol'].includes(method)) {
    return courseDay;
  }
  if (key === 'id' && path.length === 1) {
    const kind = idOfDomain[domain];
    return kind && idOf(kind, kind === 'client' ? 'anyClient' : kind);
  }
  if (key === 'clientId' && path[0] === 'marks') return idOf('enrolledClient', 'client');
  if (key === 'lessonId' && method === 'attendance.sheet') return idOf('courseLesson', 'lesson');
  if (key === 'loanId' && method !== 'loans.return' && method !== 'loans.renew') {
    return idOf('loan');
  }
  // clients.anonymise: a few clients of the register (demo clients are long inactive).
  if (key === 'ids') return fc.array(idOf('client', 'anyClient'), { minLength: 1, maxLength: 3 });
  if (idKinds[key]) return idOf(idKinds[key], key === 'clientId' ? 'anyClient' : idKinds[key]);
  if (
    (key === 'type' && domain !== 'reports') ||
    (key === 'code' && method !== 'serviceTypes.create')
  ) {
    return idOf('serviceType');
  }
  if (domain === 'sync') return syncHint(method, key);
  if (domain === 'users' || domain === 'session' || key === 'adminPassword') {
    return userHint(key);
  }
  if (key === 'birthDate') return birthDate;
  if (dateKey.test(key)) return dayArbitrary;
  if (key === 'nationality' || key === 'country') {
    return fc.constantFrom('VN', 'UA', 'MN', 'RU', 'SK', 'US', 'vn', 'CZ', 'XK');
  }
  if (key === 'town') return fc.constantFrom(...regionTowns, 'Praha');
  if (key === 'email') return fc.oneof(fc.constant(''), fc.emailAddress());
  if (key === 'isbn') return isbn;
  if (key === 'preferredLanguage') return fc.constantFrom('', 'vi', 'uk', 'ru', 'mn', 'cs', 'EN');
  if (key === 'text') return searchText;
  if (key === 'openingHours') return openingHours;
  if (key === 'files') return legacyFiles(workbook);
  if (key === 'source') return fc.constantFrom('Liberec 2009', 'Jablonec 2009', 'Fuzz');
  return undefined;
}

/** Names the fuzzer adds and then disables or re-keys: never the signed-in administrator. */
export const fuzzUserNames = ['Fuzz Lektorka', 'Fuzz Recepční', 'Fuzz Koordinátor'];

function userHint(key: string): fc.Arbitrary<unknown> | undefined {
  if (key === 'userName') return fc.constantFrom(...fuzzUserNames);
  if (key === 'password' || key === 'adminPassword' || key === 'currentPassword') {
    return fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom('dlouhé heslo 1', '123456', 'Nguyễn-2026') },
      { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
    );
  }
  return undefined;
}

/**
 * Sync calls get folders that do not exist (a fuzzer must not write files around the disk) and
 * files that are not sync files; the refusals are what is fuzzed there.
 */
function syncHint(method: string, key: string): fc.Arbitrary<unknown> | undefined {
  const missingFolder = '/nonexistent/pristav-fuzz-sync';
  if (key === 'to') return fc.constantFrom('hq', 'all');
  if (key === 'folder') {
    return method === 'sync.setFolder'
      ? fc.constantFrom(null, missingFolder)
      : fc.constant(missingFolder);
  }
  if (key === 'files' || key === 'file') {
    const upload = fc.record({
      name: fc.constantFrom('a.pristav-sync', 'b.pristav-enrol', '../x'),
      contentBase64: fc
        .uint8Array({ maxLength: 200 })
        .map((bytes) => Buffer.from(bytes).toString('base64')),
    });
    return key === 'files' ? fc.array(upload, { minLength: 1, maxLength: 3 }) : upload;
  }
  return undefined;
}

/** Keys whose values come in order: a period, a course, a lesson, a loan, a consent. */
const orderedPairs: [string, string][] = [
  ['from', 'to'],
  ['startDate', 'endDate'],
  ['servedFrom', 'servedTo'],
  ['start', 'end'],
  ['date', 'dueDate'],
  ['consentDate', 'consentWithdrawn'],
];

function inOrder(_path: Path, value: Record<string, unknown>): Record<string, unknown> {
  const result = { ...value };
  for (const [first, second] of orderedPairs) {
    const [a, b] = [result[first], result[second]];
    if (typeof a === 'string' && typeof b === 'string' && a > b) {
      [result[first], result[second]] = [b, a];
    }
  }
  const { startDate, endDate } = result;
  if (typeof startDate === 'string' && typeof endDate === 'string') {
    // Courses of up to two years and a bit (the contract's bound); longer ones come from the
    // mutations and the edge dates.
    const days = (Date.parse(endDate) - Date.parse(startDate)) / 86_400_000;
    if (days > 800) result.endDate = addDays(startDate, days % 760);
  }
  return result;
}

/** `workbook`: a real XLSX register for the import methods (see legacy-files.ts). */
/**
 * A new client meets the form's rules across fields: a family name (or, pseudonymous, a nickname
 * and a birth year) and a consent date or "consent pending". Mutations break them again.
 */
function asWholeClient(value: Record<string, unknown>): Record<string, unknown> {
  const client = { ...value };
  if (client.isPseudonymous === true) {
    if (!client.nickname) client.nickname = 'Tomáš';
    if (!client.birthDate) client.birthDate = '1990';
  } else if (typeof client.familyName !== 'string' || client.familyName.trim() === '') {
    client.familyName = 'Nguyễn';
  }
  if (!client.consentDate && client.isConsentPending !== true) client.consentDate = '2010-02-01';
  return client;
}

export function hintsFor(method: string, workbook: Uint8Array): WalkOptions {
  const options: WalkOptions = {
    hint: (path: Path, schema: ZodLike) => {
      const hinted = hintFor(method, path, workbook);
      // The root of tallies.undo: an existing tally mostly, else what the schema says.
      return path.length === 0 && hinted
        ? fc.oneof({ weight: 3, arbitrary: hinted }, derive(schema, path, options))
        : hinted;
    },
    adjustObject: (path, value) => {
      const ordered = inOrder(path, value);
      return method === 'clients.create' && path.length === 0 ? asWholeClient(ordered) : ordered;
    },
  };
  return options;
}
