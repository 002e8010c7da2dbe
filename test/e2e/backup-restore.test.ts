import { closeSync, openSync, readdirSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../db/api.ts';
import { openStore } from '../../db/open-app.ts';
import { takeBackup } from '../../db/security/backups/take-backup.ts';
import { createSite } from '../../db/site/site-queries.ts';
import type { WebHost } from '../../scripts/web-host.ts';
import { makeTempDir } from '../helpers/temp-database.ts';
import { openBrowserSession, type BrowserSession } from './helpers/browser-session.ts';
import { shootElement, shootWholePage } from './helpers/screenshots.ts';

const screenshots = join(import.meta.dirname, '..', '..', 'test-output', 'e2e');
let temp: ReturnType<typeof makeTempDir>;
let host: WebHost;
let page: Page;
let session: BrowserSession;
let backupName: string;
const file = () => join(temp.dir, 'centrum.sqlite');

/**
 * A centre with three clients and a verified backup of them; then a fourth client, and the
 * last pages of the file (a table nobody reads at start) overwritten, as a failing disk would:
 * the app opens, and the check after start finds the damage.
 */
async function damagedCentreWithBackup(): Promise<string> {
  const store = await openStore({ file: file(), mode: 'create' });
  createSite(store, { name: 'Centrum Liberec', town: 'Liberec', isHq: true, adminName: 'Petra' });
  const api = createApi(store);
  for (const familyName of ['Nguyen', 'Petráček', 'Ševčenko']) {
    await api.invoke(
      'clients.create',
      { familyName, nationality: 'VN', isConsentPending: true },
      'cs',
    );
  }
  store.sqlite.exec('CREATE TABLE ballast (x BLOB)');
  const insert = store.sqlite.prepare('INSERT INTO ballast (x) VALUES (randomblob(3000))');
  store.sqlite.transaction(() => {
    for (let i = 0; i < 400; i++) insert.run();
  })();
  const taken = await takeBackup(store, { reason: 'manual' });
  await api.invoke(
    'clients.create',
    { familyName: 'Pozdější', nationality: 'UA', isConsentPending: true },
    'cs',
  );
  store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  store.sqlite.close();
  const pages = statSync(file()).size / 4096;
  const fd = openSync(file(), 'r+');
  writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, 4096 * (pages - 3));
  closeSync(fd);
  return taken.backup.name;
}

/** A modal fades in: its picture is taken once it is fully shown. */
async function shown(dialog: Locator): Promise<void> {
  await dialog.waitFor();
  await expect
    .poll(() =>
      dialog.evaluate(
        (element) => element.ownerDocument.defaultView?.getComputedStyle(element).opacity,
      ),
    )
    .toBe('1');
}

const banner = () => page.getByRole('alert').filter({ hasText: 'Databáze je poškozená' });
const section = () => page.getByRole('region', { name: 'Zálohy' });

beforeAll(async () => {
  temp = makeTempDir();
  backupName = await damagedCentreWithBackup();
  session = await openBrowserSession(file());
  ({ host, page } = session);
});

afterAll(async () => {
  await session?.close();
  temp?.cleanup();
});

describe('Obnovit ze zálohy', () => {
  it('lists the backups with date and counts in Settings → Zálohy', async () => {
    await expect.poll(() => banner().count(), { timeout: 20_000 }).toBe(1);
    await page
      .getByRole('navigation', { name: 'Hlavní navigace' })
      .getByRole('link', { name: 'Nastavení' })
      .click();
    await section().getByRole('heading', { name: 'Obnovit ze zálohy' }).waitFor();
    const row = section()
      .getByRole('row')
      .filter({ hasText: 'klienti: 3, úkony: 0, kurzy: 0, výpůjčky: 0' });
    await row.waitFor();
    expect(await row.getByText('ruční').count()).toBe(1);
    expect(await section().getByText(join(temp.dir, 'backups')).count()).toBe(1);
    await shootElement(section(), join(screenshots, 'backups-section.png'));
  });

  it('asks first, saying the current file is kept aside', async () => {
    const row = section().getByRole('row').filter({ hasText: 'klienti: 3,' });
    await row.getByRole('button', { name: /^Obnovit ze zálohy z / }).click();
    const dialog = page.getByRole('dialog', { name: /^Obnovit databázi ze zálohy z / });
    await shown(dialog);
    expect(await dialog.getByText('Současný soubor se neztratí', { exact: false }).count()).toBe(1);
    await page.screenshot({ path: join(screenshots, 'backups-restore-confirm.png') });
    // Cancel changes nothing.
    await dialog.getByRole('button', { name: 'Zrušit' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(readdirSync(temp.dir).filter((name) => name.includes('before-restore'))).toEqual([]);
  });

  it('restores, keeps the damaged file aside, and the app goes on with the restored one', async () => {
    const row = section().getByRole('row').filter({ hasText: 'klienti: 3,' });
    await row.getByRole('button', { name: /^Obnovit ze zálohy z / }).click();
    const dialog = page.getByRole('dialog', { name: /^Obnovit databázi ze zálohy z / });
    await dialog.getByRole('button', { name: 'Obnovit ze zálohy' }).click();
    const done = page.getByRole('dialog', { name: 'Databáze je obnovena ze zálohy' });
    await shown(done);
    const [aside] = readdirSync(temp.dir).filter((name) => name.includes('before-restore'));
    expect(aside).toMatch(/^centrum\.before-restore-\d{8}-\d{6}\.sqlite$/);
    expect(await done.getByText(join(temp.dir, aside!)).count()).toBe(1);
    await page.screenshot({ path: join(screenshots, 'backups-restored.png') });

    await done.getByRole('button', { name: 'Pokračovat' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nastavení' }).waitFor();
    await section().getByRole('heading', { name: 'Obnovit ze zálohy' }).waitFor();
    await expect.poll(() => banner().count(), { timeout: 20_000 }).toBe(0);
    await shootWholePage(page, join(screenshots, 'backups-after-restore.png'));

    // The register is the backup's: three clients, and writing works again.
    const answer = async (method: string, input: unknown) => {
      const response = await fetch(new URL(`/api/${method}`, host.url), {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Pristav-Token': host.token,
          'X-Pristav-Lang': 'cs',
        },
        body: JSON.stringify(input),
      });
      return (await response.json()) as { ok: boolean; value?: { total?: number } };
    };
    expect(await answer('clients.list', {})).toMatchObject({ ok: true, value: { total: 3 } });
    expect(
      await answer('clients.create', {
        familyName: 'Nová',
        nationality: 'VN',
        isConsentPending: true,
      }),
    ).toMatchObject({ ok: true });
    expect(backupName).toMatch(/-manual\.sqlite$/);
  });
});
