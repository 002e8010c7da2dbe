import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../db/api.ts';
import { todayIso } from '../../db/contract/dates.ts';
import { addDays } from '../../db/library/loans.ts';
import { openStore } from '../../db/open-app.ts';
import { startWebHost, type WebHost } from '../../scripts/web-host.ts';
import { makeTempDir } from '../helpers/temp-database.ts';
import { launchTestBrowser, type TestBrowser } from './helpers/browser.ts';

const screenshots = join(import.meta.dirname, '..', '..', 'test-output', 'e2e');
let temp: ReturnType<typeof makeTempDir>;
let host: WebHost;
let browser: TestBrowser;

async function call<T>(
  api: ReturnType<typeof createApi>,
  method: string,
  input: unknown,
): Promise<T> {
  const result = await api.invoke(method, input, 'cs');
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

beforeAll(async () => {
  temp = makeTempDir();
  mkdirSync(screenshots, { recursive: true });
  const file = join(temp.dir, 'home.sqlite');
  const store = await openStore({ file, mode: 'create' });
  const api = createApi(store);
  const today = todayIso();
  await call(api, 'site.create', {
    name: 'Centrum Liberec',
    town: 'Liberec',
    isHq: true,
    adminName: 'Petra',
  });
  const client = await call<{ id: string }>(api, 'clients.create', {
    familyName: 'Trần',
    givenNames: 'Thị Lan',
    nationality: 'VN',
    phone: '777 123 456',
    consentDate: addDays(today, -60),
  });
  const everyDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
    weekday,
    start: '17:00',
    end: '18:30',
  }));
  const course = await call<{ id: string }>(api, 'courses.create', {
    kind: 'czech_intensive',
    title: 'Intenzivní čeština B1',
    town: 'Turnov',
    venue: 'Knihovna Antonína Marka',
    lecturer: 'Jana Nováková',
    startDate: addDays(today, -3),
    endDate: addDays(today, 3),
    schedule: everyDay,
  });
  await call(api, 'enrolments.enrol', { courseId: course.id, clientId: client.id });
  const book = await call<{ id: string }>(api, 'books.create', {
    title: 'Truyện Kiều',
    language: 'vi',
  });
  await call(api, 'loans.lend', {
    bookId: book.id,
    clientId: client.id,
    date: addDays(today, -40),
  });
  store.sqlite.close();
  host = await startWebHost({ dbPath: file });
  browser = await launchTestBrowser();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  temp.cleanup();
});

describe('the home screen', () => {
  it('shows today’s lessons and the overdue loans with whom to call', async () => {
    const page = await browser.context.newPage();
    await page.goto(host.url);
    const lessons = page.getByRole('region', { name: 'Lekce' });
    await lessons.getByRole('link', { name: 'Intenzivní čeština B1' }).waitFor({ timeout: 20_000 });
    expect(await lessons.innerText()).toContain('17:00–18:30');
    const overdue = page.getByRole('region', { name: 'Knihy po termínu' });
    await overdue.getByText('Truyện Kiều').waitFor();
    expect(await overdue.innerText()).toContain('777 123 456');
    await page.screenshot({ path: join(screenshots, 'home-today.png'), fullPage: true });
  });
});
