import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebHost } from '../../scripts/web-host.ts';
import { cliWith } from '../helpers/run-cli.ts';
import { makeTempDir } from '../helpers/temp-database.ts';
import { openBrowserSession, type BrowserSession } from './helpers/browser-session.ts';

/*
 * Issue 12, the locked start in the window: the loopback host started on an encrypted database
 * with no password in its environment opens nothing, and the page asks for a name and
 * password ("Databáze je zašifrovaná — přihlaste se"). A wrong one is one line and opens
 * nothing; the right one opens the database and signs in, and the home screen follows. The
 * person is a coordinator, who then finds the retention list through Nastavení.
 */

const screenshotDir = join(import.meta.dirname, '..', '..', 'test-output', 'e2e');
const admin = { PRISTAV_USER: 'Petra Sovová', PRISTAV_PASSWORD: 'spravce-2026' };
const coordinator = { name: 'Tomáš Novák', password: 'koordinace-2026' };

let temp: ReturnType<typeof makeTempDir>;
let db: string;
let host: WebHost;
let page: Page;
let session: BrowserSession;

async function cli(env: Record<string, string>, ...argv: string[]) {
  const result = await cliWith(env, '--db', db, ...argv);
  if (result.code !== 0) throw new Error(`${argv.join(' ')}: ${result.stderr}`);
}

beforeAll(async () => {
  temp = makeTempDir();
  db = join(temp.dir, 'pristav.sqlite');
  await cli(
    {},
    ...['init', '--site', 'Centrum Liberec', '--town', 'Liberec', '--hq'],
    ...['--admin', admin.PRISTAV_USER, '--password', admin.PRISTAV_PASSWORD],
  );
  await cli(
    admin,
    ...['user', 'add', '--name', coordinator.name, '--role', 'coordinator'],
    ...['--password', coordinator.password],
  );
  await cli(
    admin,
    'client',
    'add',
    '--family',
    'Kovalenko',
    '--given',
    'Olena',
    '--nationality',
    'UA',
  );
  session = await openBrowserSession(db, { viewport: { width: 1366, height: 768 } });
  ({ host, page } = session);
});

afterAll(async () => {
  await session?.close();
  temp?.cleanup();
});

/** Finished transitions: no button half-way out of its loader. */
const shot = (name: string) =>
  page.screenshot({ path: join(screenshotDir, `${name}.png`), animations: 'disabled' });
const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const secret = (scope: Page | Locator, label: string) =>
  scope.getByLabel(new RegExp(`^${label}\\s*\\*?$`));
const nameField = () => page.getByRole('textbox', { name: 'Jméno', exact: true });
const unlockButton = () => page.getByRole('button', { name: 'Odemknout a přihlásit se' });

async function appInfoCode(): Promise<string | null> {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/app.info`, {
    method: 'POST',
    headers: { 'X-Pristav-Token': host.token, 'Content-Type': 'application/json' },
    body: '{}',
  });
  const answer = (await response.json()) as { ok: boolean; error?: { code: string } };
  return answer.ok ? null : (answer.error?.code ?? 'unknown');
}

describe('an encrypted database started without a password', () => {
  it('shows the unlock screen, in Czech, with nothing open', async () => {
    await page
      .getByRole('heading', { level: 1, name: 'Databáze je zašifrovaná — přihlaste se' })
      .waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('cs');
    await expect.poll(() => nameField().evaluate((node) => node.matches(':focus'))).toBe(true);
    expect(await appInfoCode()).toBe('DB_LOCKED');
    await shot('locked-start-cs');
  });

  it('answers a wrong password with one line and opens nothing', async () => {
    const before = hash(db);
    await nameField().fill(coordinator.name);
    await secret(page, 'Heslo nebo PIN').fill('hádám-heslo');
    await unlockButton().click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect((await alert.innerText()).trim()).toBe('Nesprávné jméno nebo heslo.');
    // The password field is emptied for the next try; the name stays.
    expect(await secret(page, 'Heslo nebo PIN').inputValue()).toBe('');
    expect(await nameField().inputValue()).toBe(coordinator.name);
    expect(await appInfoCode()).toBe('DB_LOCKED');
    expect(hash(db)).toBe(before);
    expect(existsSync(`${db}-wal`)).toBe(false);
    await shot('locked-start-wrong-password');
  });

  it('opens the database and signs in with the right one: the home screen', async () => {
    await secret(page, 'Heslo nebo PIN').fill(coordinator.password);
    await secret(page, 'Heslo nebo PIN').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Centrum Liberec' }).waitFor();
    await page.getByText(`Dobrý den, ${coordinator.name}`).waitFor();
    expect(await appInfoCode()).toBeNull();
    const nav = page.getByRole('navigation', { name: 'Hlavní navigace' });
    const links = (await nav.getByRole('link').allInnerTexts()).map((text) => text.split('\n')[0]);
    expect(links).toContain('Nastavení');
    await shot('locked-start-home');
  });

  it('leads the coordinator through Nastavení to the retention list', async () => {
    const nav = page.getByRole('navigation', { name: 'Hlavní navigace' });
    await nav.getByRole('link', { name: 'Nastavení' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nastavení' }).waitFor();
    // The settings are theirs to read, not to change: no save button, fields disabled.
    await page.getByText('Tyto údaje mění správce.').waitFor();
    expect(await page.getByRole('button', { name: 'Uložit nastavení' }).count()).toBe(0);
    expect(await page.getByRole('textbox', { name: 'Název organizace' }).isDisabled()).toBe(true);
    // An administrator's parts are not there at all.
    expect(await page.getByRole('region', { name: 'Uživatelé' }).count()).toBe(0);
    await shot('locked-start-coordinator-settings');
    await page.getByRole('link', { name: 'Klienti k anonymizaci' }).click();
    await page.getByRole('heading', { level: 1, name: 'Klienti k anonymizaci' }).waitFor();
    await shot('locked-start-coordinator-retention');
  });
});
