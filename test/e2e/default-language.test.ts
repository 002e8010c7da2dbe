import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../db/api.ts';
import { openStore } from '../../db/open-app.ts';
import { startWebHost, type WebHost } from '../../scripts/web-host.ts';
import { makeTempDir } from '../helpers/temp-database.ts';
import { launchTestBrowser, type TestBrowser } from './helpers/browser.ts';

let temp: ReturnType<typeof makeTempDir>;
let host: WebHost;
let browser: TestBrowser;

beforeAll(async () => {
  temp = makeTempDir();
  const file = join(temp.dir, 'branch.sqlite');
  const store = await openStore({ file, mode: 'create' });
  const api = createApi(store);
  await api.invoke(
    'site.create',
    { name: 'Pobočka Turnov', town: 'Turnov', isHq: false, adminName: 'Jana' },
    'cs',
  );
  await api.invoke('settings.set', { defaultLanguage: 'en' }, 'cs');
  store.sqlite.close();
  host = await startWebHost({ dbPath: file });
  browser = await launchTestBrowser();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  temp.cleanup();
});

describe("the organisation's default language", () => {
  it('applies on a computer where nobody chose one, and a choice wins over it', async () => {
    const page = await browser.context.newPage();
    await page.goto(host.url);
    const nav = page.getByRole('navigation');
    await expect.poll(() => nav.getByText('Clients').count(), { timeout: 20_000 }).toBe(1);
    await page.getByText('Čeština').click();
    await expect.poll(() => nav.getByText('Klienti').count()).toBe(1);
    await page.reload();
    await expect.poll(() => nav.getByText('Klienti').count(), { timeout: 20_000 }).toBe(1);
    expect(await nav.getByText('Clients').count()).toBe(0);
  });
});
