import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowserSession, type BrowserSession } from './helpers/browser-session.ts';

const screenshotDir = join(import.meta.dirname, '..', '..', 'test-output', 'e2e');

describe('first run in the browser', () => {
  let tmp: string;
  let page: Page;
  let session: BrowserSession;

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'pristav-e2e-'));
    session = await openBrowserSession(join(tmp, 'test.sqlite'));
    ({ page } = session);
  });

  afterAll(async () => {
    await session?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('opens the Czech first-run screen and keeps the token out of the address bar', async () => {
    const heading = page.getByRole('heading', { level: 1, name: 'Založení pracoviště' });
    await heading.waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('cs');
    expect(new URL(page.url()).hash).toBe('#/');
    await page.getByRole('button', { name: 'Založit pracoviště' }).waitFor();
  });

  it('shows a Czech "required" message next to an empty site name', async () => {
    await page.getByRole('button', { name: 'Založit pracoviště' }).click();
    const nameInput = page.getByRole('textbox', { name: 'Název pracoviště' });
    await expectFieldError(page, nameInput, 'povinný údaj');
    expect(await nameInput.getAttribute('aria-invalid')).toBe('true');
    // The empty form is rejected before any API call: focus goes to the first wrong field.
    expect(await nameInput.evaluate((element) => element.matches(':focus'))).toBe(true);
    await page.screenshot({ path: join(screenshotDir, 'first-run-cs.png'), fullPage: true });
  });

  it('sets up the site and lands on the home screen', async () => {
    await page.getByRole('textbox', { name: 'Název pracoviště' }).fill('Centrum Liberec');
    const town = page.getByRole('combobox', { name: 'Obec' });
    await town.fill('Lib');
    await page.getByRole('option', { name: 'Liberec' }).click();
    expect(await town.inputValue()).toBe('Liberec');
    await page.getByRole('radio', { name: 'Ústředí' }).check();
    await page.getByRole('textbox', { name: 'Vaše jméno' }).fill('Petra Sovová');
    // The administrator's password, twice (Mantine's required mark follows the label).
    await page.getByLabel(/^Heslo správce\s*\*?$/).fill('spravce-2026');
    await page.getByLabel(/^Heslo správce znovu\s*\*?$/).fill('spravce-2026');
    await page.getByRole('button', { name: 'Založit pracoviště' }).click();

    await page.getByRole('heading', { level: 1, name: 'Centrum Liberec' }).waitFor();
    await page.getByText('Dobrý den, Petra Sovová').waitFor();
    await page.getByText('Ústředí', { exact: false }).first().waitFor();
    const nav = page.getByRole('navigation', { name: 'Hlavní navigace' });
    const links = (await nav.getByRole('link').allInnerTexts()).map((text) => text.split('\n')[0]);
    expect(links).toEqual([
      'Domů',
      'Recepce',
      'Klienti',
      'Služby',
      'Kurzy',
      'Knihovna',
      'Partneři',
      'Akce',
      'Přehledy',
      'Synchronizace',
      'K posouzení',
      'Nastavení',
    ]);
  });

  it('switches to English', async () => {
    // The segmented control hides its radio inputs; a person clicks the visible label.
    await page.getByRole('radiogroup', { name: 'Jazyk' }).getByText('English').click();
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByRole('link', { name: 'Clients' }).waitFor();
    await nav.getByRole('link', { name: 'Settings' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('heading', { level: 1, name: 'Centrum Liberec' }).waitFor();
    await page.getByText('Hello, Petra Sovová').waitFor();
    await page.screenshot({ path: join(screenshotDir, 'home-en.png'), fullPage: true });
  });
});

/** The message must be the field's own accessible description, not just somewhere on the page. */
async function expectFieldError(
  page: Page,
  input: ReturnType<Page['getByRole']>,
  text: string,
): Promise<void> {
  await page.getByText(text).first().waitFor();
  const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
  const descriptions = await Promise.all(
    describedBy
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => page.locator(`[id="${id}"]`).innerText()),
  );
  expect(descriptions).toContain(text);
}
