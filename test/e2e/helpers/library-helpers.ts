import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Client } from '../../../db/contract/clients.ts';
import { openStore } from '../../../db/open-app.ts';
import type { WebHost } from '../../../scripts/web-host.ts';
import { hqSite, seedingInvoke } from './seed-api.ts';

/** Helpers of the library's e2e test: its data, its screens, dates as the UI shows them. */

export const screenshotDir = join(import.meta.dirname, '..', '..', '..', 'test-output', 'e2e');

export async function expectFocused(locator: Locator): Promise<void> {
  await expect.poll(() => locator.evaluate((element) => element.matches(':focus'))).toBe(true);
}

export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** "2026-11-24" as the Czech UI shows it: "24. 11. 2026". */
export function czechDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day}. ${month}. ${year}`;
}

/** The whole page at once: a viewport as tall as the page, so no fixed header lands mid-shot. */
export async function screenshot(target: Page, name: string): Promise<void> {
  const viewport = target.viewportSize()!;
  const height = await target.locator('html').evaluate((element) => element.scrollHeight);
  await target.setViewportSize({
    width: viewport.width,
    height: Math.max(height, viewport.height),
  });
  // Toasts that happen to be open would cover what the shot is meant to show.
  const noToasts = await target.addStyleTag({
    content: '.mantine-Notifications-root { display: none; }',
  });
  await target.screenshot({ path: join(screenshotDir, `${name}.png`) });
  await noToasts.evaluate((element) => element.remove());
  await target.setViewportSize(viewport);
}

/** The API as the page calls it; a refusal fails the test with its message. */
export async function apiCall<T>(host: WebHost, method: string, input: unknown): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Pristav-Token': host.token },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as
    { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
  return body.value;
}

/** The message must be the field's own accessible description, not just somewhere on the page. */
export async function expectFieldError(page: Page, input: Locator, text: string): Promise<void> {
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

/** A new database with the site and two clients with phone and e-mail, made through the API. */
export async function createLibrarySite(
  file: string,
  today: string,
): Promise<{ lan: Client; sergej: Client }> {
  const store = await openStore({ file, mode: 'create' });
  const invoke = seedingInvoke(store);
  await invoke('site.create', hqSite);
  const lan = (await invoke('clients.create', {
    familyName: 'Trần',
    givenNames: 'Thị Lan',
    nationality: 'VN',
    birthDate: '1991-04-02',
    consentDate: today,
    phone: '777 123 456',
    email: 'lan.tran@example.cz',
  })) as Client;
  const sergej = (await invoke('clients.create', {
    familyName: 'Ivanov',
    givenNames: 'Sergej',
    nationality: 'UA',
    birthDate: '1979-11-30',
    consentDate: today,
    phone: '603 987 654',
    email: 'sergej.ivanov@example.cz',
  })) as Client;
  store.sqlite.close();
  return { lan, sergej };
}

/** Opens the library from the menu; the catalogue search must have the focus on arrival. */
export async function openLibrary(target: Page): Promise<Locator> {
  await target
    .getByRole('navigation', { name: 'Hlavní navigace' })
    .getByRole('link', { name: 'Knihovna' })
    .click();
  await target.getByRole('heading', { level: 1, name: 'Knihovna' }).waitFor();
  const search = target.getByRole('searchbox', { name: 'Hledat v katalogu' });
  await expectFocused(search);
  return search;
}

export function bookRow(target: Page, title: string): Locator {
  return target
    .getByRole('table', { name: 'Katalog knih' })
    .getByRole('row')
    .filter({ hasText: title });
}
