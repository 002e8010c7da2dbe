import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp-database.ts';
import { openBrowserSession, type BrowserSession } from './helpers/browser-session.ts';
import { shootWholePage } from './helpers/screenshots.ts';

const screenshotDir = join(import.meta.dirname, '..', '..', 'test-output', 'e2e');

describe('first run: try with demo data', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let page: Page;
  let session: BrowserSession;

  beforeAll(async () => {
    temp = makeTempDir();
    session = await openBrowserSession(join(temp.dir, 'demo.sqlite'));
    ({ page } = session);
  });

  afterAll(async () => {
    await session?.close();
    temp?.cleanup();
  });

  it('offers the demo data beside the set-up form', async () => {
    await page.getByRole('heading', { level: 1, name: 'Založení pracoviště' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Jen si to chcete vyzkoušet?' }).waitFor();
    await shootWholePage(page, join(screenshotDir, 'first-run-demo-offer.png'));
  });

  it('fills the demo centre by keyboard and lands on its home screen, marked as a demo', async () => {
    const button = page.getByRole('button', { name: 'Vyzkoušet s ukázkovými daty' });
    await button.focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 1, name: /^Ukázka – Centrum/ });
    await heading.waitFor();
    await page.getByText('Ukázková data jsou nahrána: 476 klientů, 2934 úkonů.').waitFor();
    await page.getByText('Dobrý den, Petra Sovová').waitFor();
    await shootWholePage(page, join(screenshotDir, 'first-run-demo-home.png'));
  });

  it('shows the demo clients in the register', async () => {
    await page
      .getByRole('navigation', { name: 'Hlavní navigace' })
      .getByRole('link', { name: 'Klienti' })
      .click();
    const table = page.getByRole('table', { name: 'Evidence klientů' });
    await table.waitFor();
    await expect.poll(() => table.getAttribute('aria-rowcount')).toBe('477');
    const firstRow = table.getByRole('row').nth(1);
    await expect.poll(() => firstRow.getByRole('cell').count()).toBeGreaterThan(1);
    expect(await firstRow.innerText()).toMatch(/\p{L}{2,}/u);
    await shootWholePage(page, join(screenshotDir, 'first-run-demo-clients.png'));
  });
});
