import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../db/api.ts';
import { openTempStore } from '../../helpers/temp-database.ts';
import { apiCalls } from '../../helpers/temp-api.ts';

/**
 * Issue 13.1 over a real database: Cyrillic names and book titles are found by their Czech
 * (ČSN) and English romanisations, Russian, Ukrainian and Mongolian rules alike, through the
 * index the triggers keep.
 */
let temp: Awaited<ReturnType<typeof openTempStore>>;
let api: Api;

const { ok } = apiCalls(() => api);

const register = (familyName: string, givenNames: string, nationality: string) =>
  ok('clients.create', { familyName, givenNames, nationality, consentDate: '2026-11-01' });

const found = async (text: string) =>
  (await ok('clients.search', { text })).map((client) => client.displayName);

beforeAll(async () => {
  temp = await openTempStore();
  api = createApi(temp.store);
  await register('Иванова', 'Наталья', 'RU');
  await register('Коваленко', 'Олена', 'UA');
  await register('Петрова', 'Елена', 'RU');
  await register('Смирнов', 'Сергей', 'RU');
  await register('Шевчук', 'Сергій', 'UA');
  await register('Батбаяр', 'Өлзийбаяр', 'MN');
  await register('Дорж', 'Жаргал', 'MN');
  await register('Nguyễn', 'Văn An', 'VN');
});
afterAll(() => temp.close());

describe('finding Cyrillic names by their romanisations', () => {
  it.each(['natalja', 'natalya', 'natalia', 'Наталья', 'natal'])(
    '"%s" finds Наталья',
    async (text) => {
      expect(await found(text)).toEqual(['Иванова Наталья']);
    },
  );

  it.each(['olena', 'Olena'])('"%s" finds Олена', async (text) => {
    expect(await found(text)).toEqual(['Коваленко Олена']);
  });

  it.each(['jelena', 'yelena', 'elena'])('"%s" finds Елена', async (text) => {
    expect(await found(text)).toEqual(['Петрова Елена']);
  });

  it.each(['sergej', 'sergey', 'sergei'])('"%s" finds Сергей', async (text) => {
    expect(await found(text)).toContain('Смирнов Сергей');
  });

  it.each(['serhij', 'serhii', 'serhiy', 'sevcuk', 'shevchuk'])(
    '"%s" finds Сергій',
    async (text) => {
      expect(await found(text)).toEqual(['Шевчук Сергій']);
    },
  );

  it.each(['olziibayar', 'ulziibayar', 'batbajar', 'batbayar'])(
    '"%s" finds the Mongolian Өлзийбаяр Батбаяр',
    async (text) => {
      expect(await found(text)).toEqual(['Батбаяр Өлзийбаяр']);
    },
  );

  it.each(['jargal', 'zhargal', 'žargal', 'dorj', 'dorž'])(
    '"%s" finds Жаргал Дорж',
    async (text) => {
      expect(await found(text)).toEqual(['Дорж Жаргал']);
    },
  );

  it('finds a name and its family name together, and not names it does not match', async () => {
    expect(await found('natalia ivanova')).toEqual(['Иванова Наталья']);
    expect(await found('jelena ivanova')).toEqual([]);
    expect(await found('nguyen')).toEqual(['Nguyễn Văn An']);
  });

  it('keys a Cyrillic name and its Latin spelling as one likely duplicate', async () => {
    const candidates = await ok('clients.duplicatesFor', {
      familyName: 'Ivanova',
      givenNames: 'Natalya',
      nationality: 'RU',
    });
    expect(candidates.map((candidate) => candidate.client.displayName)).toContain(
      'Иванова Наталья',
    );
  });
});

describe('finding book titles the same way', () => {
  beforeAll(async () => {
    await ok('books.create', {
      title: 'Война и мир',
      author: 'Лев Толстой',
      language: 'ru',
      copies: 1,
    });
    await ok('books.create', {
      title: 'Кобзар',
      author: 'Тарас Шевченко',
      language: 'uk',
      copies: 1,
    });
    await ok('books.create', {
      title: 'Babička',
      author: 'Božena Němcová',
      language: 'cs',
      copies: 1,
    });
  });

  const titles = async (text: string) =>
    (await ok('books.search', { text })).map((book) => book.title);

  it.each(['vojna', 'voyna', 'Война', 'tolstoj', 'tolstoy', 'vojna mir'])(
    '"%s" finds Война и мир',
    async (text) => {
      expect(await titles(text)).toEqual(['Война и мир']);
    },
  );

  it.each(['kobzar', 'sevcenko', 'shevchenko', 'ševčenko'])('"%s" finds Кобзар', async (text) => {
    expect(await titles(text)).toEqual(['Кобзар']);
  });

  it('still finds Latin titles without their accents', async () => {
    expect(await titles('babicka nemcova')).toEqual(['Babička']);
  });
});
