import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium, headless, with nothing that reaches the network on its own. */
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export interface TestBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A browser with a fresh profile of its own, so no localStorage or session leaks between runs. */
export async function launchTestBrowser(): Promise<TestBrowser> {
  const profileDir = await mkdtemp(join(tmpdir(), 'pristav-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    args: chromiumArgs,
    viewport: { width: 1280, height: 800 },
    locale: 'cs-CZ',
    // The app honours it (theme.ts): no dialog is caught half faded in by a screenshot.
    reducedMotion: 'reduce',
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}
