import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../scripts/web-host.ts';
import { makeTempDir } from '../helpers/temp-database.ts';
import { launchTestBrowser, type TestBrowser } from './helpers/browser.ts';

const screenshots = join(import.meta.dirname, '..', '..', 'test-output', 'e2e');
let temp: ReturnType<typeof makeTempDir>;
let host: WebHost;
let browser: TestBrowser;

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

describe('a database that cannot be opened', () => {
  it('shows one clear Czech line in the UI and leaves the file as it was', async () => {
    const file = join(temp.dir, 'damaged.sqlite');
    const bytes = Buffer.from('Tohle není databáze Přístavu.\n'.repeat(300));
    writeFileSync(file, bytes);
    host = await startWebHost({ dbPath: file });
    const page = await browser.context.newPage();
    await page.goto(host.url);
    const message = page.getByText(/není databáze Přístavu, je poškozený/);
    await expect.poll(() => message.count(), { timeout: 20_000 }).toBe(1);
    await page.screenshot({ path: join(screenshots, 'database-error.png'), fullPage: true });
    // No first-run form is offered over a file the app cannot read.
    expect(await page.getByRole('button', { name: /Založit/ }).count()).toBe(0);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});
