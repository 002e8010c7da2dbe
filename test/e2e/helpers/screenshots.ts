import type { Locator, Page } from 'playwright-core';

// Toasts that happen to be open would cover what the shot is meant to show.
const hideToasts = { content: '.mantine-Notifications-root { display: none; }' };

/** The whole page at once: a viewport as tall as the page, so no fixed header lands mid-shot. */
export async function shootWholePage(page: Page, path: string): Promise<void> {
  const viewport = page.viewportSize()!;
  const height = await page.locator('html').evaluate((element) => element.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(height, viewport.height) });
  const noToasts = await page.addStyleTag(hideToasts);
  await page.screenshot({ path });
  await noToasts.evaluate((element) => element.remove());
  await page.setViewportSize(viewport);
}

/** One part of the page, centred first so the app's fixed header does not cover its top. */
export async function shootElement(element: Locator, path: string): Promise<void> {
  await element.evaluate((node) => node.scrollIntoView({ block: 'center' }));
  const noToasts = await element.page().addStyleTag(hideToasts);
  await element.screenshot({ path });
  await noToasts.evaluate((node) => node.remove());
}
