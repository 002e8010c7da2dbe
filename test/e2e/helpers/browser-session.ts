import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { createApi } from '../../../db/api.ts';
import { openStore } from '../../../db/open-app.ts';
import { startWebHost, type WebHost } from '../../../scripts/web-host.ts';
import { launchTestBrowser, type TestBrowser } from './browser.ts';
import { hqSite } from './seed-api.ts';

/** The setup most e2e files share: one database, its loopback host, one page in Chromium. */

const screenshotDir = join(import.meta.dirname, '..', '..', '..', 'test-output', 'e2e');

/** A new database at `file` with its HQ site created through the real API, then closed. */
export async function createHqSite(
  file: string,
  overrides: Partial<typeof hqSite> = {},
): Promise<void> {
  const store = await openStore({ file, mode: 'create' });
  try {
    const created = await createApi(store).invoke('site.create', { ...hqSite, ...overrides }, 'cs');
    expect(created.ok).toBe(true);
  } finally {
    store.sqlite.close();
  }
}

export interface BrowserSessionOptions {
  /** Most desk screens are checked at 1366 × 768; without it the browser's 1280 × 800 stays. */
  viewport?: { width: number; height: number };
  /** Work on the new page before it first loads the app: a fixed clock, data made through the host. */
  beforeLoad?: (page: Page, host: WebHost) => Promise<void> | void;
  /** A level-1 heading to wait for after the first load, e.g. the site's name on the home page. */
  heading?: string;
}

export interface BrowserSession {
  host: WebHost;
  browser: TestBrowser;
  page: Page;
  /** Closes the browser, then the host; the caller still owns the database's folder. */
  close(): Promise<void>;
}

/** The screenshot folder made, the host started over `file`, a page opened on the app. */
export async function openBrowserSession(
  file: string,
  options: BrowserSessionOptions = {},
): Promise<BrowserSession> {
  await mkdir(screenshotDir, { recursive: true });
  const host = await startWebHost({ dbPath: file });
  let browser: TestBrowser | undefined;
  const close = async () => {
    await browser?.close();
    await host.close();
  };
  try {
    browser = await launchTestBrowser();
    const page = await browser.context.newPage();
    if (options.viewport) await page.setViewportSize(options.viewport);
    await options.beforeLoad?.(page, host);
    await page.goto(host.url);
    if (options.heading) {
      await page.getByRole('heading', { level: 1, name: options.heading }).waitFor();
    }
    return { host, browser, page, close };
  } catch (error) {
    // A setup that failed half way must not leave a host or a Chromium running.
    await close();
    throw error;
  }
}
