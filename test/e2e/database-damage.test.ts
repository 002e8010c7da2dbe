import { closeSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../db/open-app.ts';
import { createSite } from '../../db/site/site-queries.ts';
import { startWebHost, type WebHost } from '../../scripts/web-host.ts';
import { makeTempDir } from '../helpers/temp-database.ts';
import { launchTestBrowser, type TestBrowser } from './helpers/browser.ts';

const screenshots = join(import.meta.dirname, '..', '..', 'test-output', 'e2e');
let temp: ReturnType<typeof makeTempDir>;
let host: WebHost;
let browser: TestBrowser;

/**
 * A set-up database whose last pages (a table nobody reads at start) are overwritten: the
 * cheap checks at open pass, so only the page-by-page check can find the damage.
 */
async function damagedDatabase(file: string): Promise<void> {
  const store = await openStore({ file, mode: 'create' });
  createSite(store, { name: 'Centrum Liberec', town: 'Liberec', isHq: true, adminName: 'Petra' });
  store.sqlite.exec('CREATE TABLE ballast (x BLOB)');
  const insert = store.sqlite.prepare('INSERT INTO ballast (x) VALUES (randomblob(3000))');
  store.sqlite.transaction(() => {
    for (let i = 0; i < 400; i++) insert.run();
  })();
  store.sqlite.close();
  const pages = statSync(file).size / 4096;
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, 4096 * (pages - 3));
  closeSync(fd);
}

beforeAll(async () => {
  temp = makeTempDir();
  mkdirSync(screenshots, { recursive: true });
  browser = await launchTestBrowser();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  temp.cleanup();
});

describe('damage found by the check after start', () => {
  it('opens at once, then says so on every page and refuses writes with the reason', async () => {
    const file = join(temp.dir, 'damaged-later.sqlite');
    await damagedDatabase(file);
    host = await startWebHost({ dbPath: file });
    const page = await browser.context.newPage();
    await page.goto(host.url);
    const banner = page.getByRole('alert').filter({ hasText: 'Databáze je poškozená' });
    await expect.poll(() => banner.count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByText('Obnovte databázi ze zálohy').count()).toBe(1);
    await page.screenshot({ path: join(screenshots, 'database-damage.png'), fullPage: true });

    const response = await fetch(new URL('/api/clients.create', host.url), {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Pristav-Token': host.token,
        'X-Pristav-Lang': 'cs',
      },
      body: JSON.stringify({ familyName: 'Nguyễn', nationality: 'VN', isConsentPending: true }),
    });
    const result = (await response.json()) as { ok: boolean; error?: { code: string } };
    expect(result).toMatchObject({ ok: false, error: { code: 'DB_CORRUPT' } });
  });
});
