import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../db/api.ts';
import { addYears, todayIso } from '../../../db/contract/dates.ts';
import { openTempStore } from '../../helpers/temp-database.ts';
import { apiCalls } from '../../helpers/temp-api.ts';

let temp: Awaited<ReturnType<typeof openTempStore>>;
let api: Api;

beforeEach(async () => {
  temp = await openTempStore();
  api = createApi(temp.store);
});
afterEach(() => temp.close());

const opsCount = () =>
  (temp.store.sqlite.prepare('SELECT count(*) AS n FROM ops').get() as { n: number }).n;

const { ok } = apiCalls(() => api);

/** The refusal's message; the call must also leave the change log as it was. */
async function refused(method: string, input: unknown): Promise<string> {
  const before = opsCount();
  const result = await api.invoke(method, input, 'cs');
  if (result.ok) throw new Error(`${method} accepted ${JSON.stringify(input)}`);
  expect(result.error.code).toBe('VALIDATION');
  expect(opsCount()).toBe(before);
  return result.error.message;
}

const today = todayIso();
const person = { familyName: 'Nováková', nationality: 'UA', consentDate: today };
const course = {
  kind: 'czech_low_threshold' as const,
  title: 'Čeština A1',
  town: 'Liberec',
  startDate: '2026-01-05',
  endDate: '2026-06-30',
  schedule: [{ weekday: 6, start: '09:00', end: '10:30' }],
};

describe('courses have a bounded span and number of lessons', () => {
  it('refuses an end date in year 9999 at once, with a message, even with a Saturday slot', async () => {
    const started = performance.now();
    expect(await refused('courses.create', { ...course, endDate: '9999-12-31' })).toBe(
      'Neplatné údaje: Konec kurzu: datum musí být mezi 1. 1. 1900 a 31. 12. 2100',
    );
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a course longer than two years, and takes one of exactly two', async () => {
    expect(await refused('courses.create', { ...course, endDate: '2028-01-06' })).toBe(
      'Neplatné údaje: Konec kurzu: kurz může trvat nejvýše 2 roky od začátku',
    );
    expect(await refused('courses.create', { ...course, endDate: '2126-01-05' })).toContain(
      'datum musí být mezi',
    );
    const longest = await ok('courses.create', {
      ...course,
      endDate: '2028-01-05',
    });
    expect(longest.lessonCount).toBe(104);
  });

  it('refuses a schedule that would give more than 500 lessons', async () => {
    const twiceDaily = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
      { weekday, start: '08:00', end: '09:00' },
      { weekday, start: '18:00', end: '19:00' },
    ]);
    expect(
      await refused('courses.create', { ...course, endDate: '2026-12-31', schedule: twiceDaily }),
    ).toBe(
      'Neplatné údaje: Konec kurzu: rozvrh by dal víc než 500 lekcí, kurz jich může mít nejvýše 500',
    );
    // 250 days at two lessons a day is exactly the most a course may have.
    const full = await ok('courses.create', {
      ...course,
      endDate: '2026-09-11',
      schedule: twiceDaily,
    });
    expect(full.lessonCount).toBe(500);
  });
});

describe('names and other text', () => {
  it.each([
    ['NUL', 'Nov\u0000áková', 'řídicí znak'],
    ['ESC', '\u001B[2JNováková', 'řídicí znak'],
    ['the right-to-left override', 'Nov\u202Eávok', 'obracející směr textu'],
    ['zero-width spaces only', '\u200B\u200B\u200B', 'jen neviditelné znaky'],
    ['no letter at all', '...', 'aspoň jedno písmeno'],
  ])('refuses a family name with %s', async (_, familyName, rule) => {
    const message = await refused('clients.create', { ...person, familyName });
    // One field, one message: the first rule the name breaks.
    expect(message).toMatch(/^Neplatné údaje: Příjmení: [^;]+$/);
    expect(message).toContain(rule);
  });

  it('refuses a lone surrogate with its own message instead of storing U+FFFD', async () => {
    expect(await refused('clients.create', { ...person, givenNames: 'Jana\uD83D' })).toBe(
      'Neplatné údaje: Jméno: obsahuje poškozený znak (osamocenou polovinu znaku UTF-16), zadejte text znovu',
    );
  });

  it('refuses control characters in a note but keeps its line breaks', async () => {
    expect(await refused('clients.create', { ...person, note: 'a\u0007b' })).toContain(
      'Poznámka: obsahuje neviditelný řídicí znak',
    );
    const client = await ok('clients.create', { ...person, note: 'one\ntwo' });
    expect(client.note).toBe('one\ntwo');
  });

  it('stores a decomposed "Petráček" composed (NFC), so search and duplicates see one name', async () => {
    const decomposed = 'Petra\u0301c\u030Cek';
    const created = await ok('clients.create', { ...person, familyName: decomposed });
    const detail = await ok('clients.get', { id: created.id });
    expect(detail.client.familyName).toBe('Petráček');
    expect(detail.client.familyName).toHaveLength(8);
  });

  it('refuses the same characters in other domains (course title, site-wide settings)', async () => {
    expect(await refused('courses.create', { ...course, title: 'A1\u0000' })).toContain(
      'Název: obsahuje neviditelný řídicí znak',
    );
    expect(await refused('settings.set', { organisationName: '\u202EOPS' })).toContain(
      'Název organizace: obsahuje znak obracející směr textu',
    );
  });
});

describe('dates of events and numbers', () => {
  it.each(['9999-12-31', '0100-01-01'])('refuses consent and first contact on %s', async (date) => {
    expect(await refused('clients.create', { ...person, consentDate: date })).toBe(
      'Neplatné údaje: Datum souhlasu: datum musí být mezi 1. 1. 1900 a 31. 12. 2100',
    );
    expect(await refused('clients.create', { ...person, firstContact: date })).toBe(
      'Neplatné údaje: První kontakt: datum musí být mezi 1. 1. 1900 a 31. 12. 2100',
    );
  });

  it('refuses a consent more than a year ahead, and takes one a year ahead', async () => {
    const farAhead = addYears(today, 2);
    expect(await refused('clients.create', { ...person, consentDate: farAhead })).toBe(
      'Neplatné údaje: Datum souhlasu: datum může být nejvýše rok dopředu',
    );
    const yearAhead = addYears(today, 1);
    const client = await ok('clients.create', { ...person, consentDate: yearAhead });
    expect(client.consentDate).toBe(yearAhead);
  });

  it('answers minutes of 1e308 with the minutes rule, not a text length', async () => {
    const client = await ok('clients.create', person);
    for (const minutes of [1e308, 0, 1441, 2.5]) {
      expect(
        await refused('acts.record', { clientId: client.id, type: 'interpreting', minutes }),
      ).toBe('Neplatné údaje: Minuty: zadejte celé číslo od 1 do 1440 (nejvýše 24 hodin)');
    }
  });

  it('states the range of a page size or an offset', async () => {
    expect(await refused('clients.list', { limit: 1e308 })).toBe(
      'Neplatné údaje: Počet řádků: zadejte celé číslo od 1 do 1000',
    );
    expect(await refused('clients.list', { offset: -1 })).toBe(
      'Neplatné údaje: Od řádku: zadejte celé číslo od 0 do 10000000',
    );
  });
});
