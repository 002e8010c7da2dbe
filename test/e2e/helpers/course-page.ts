import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { CourseDetail } from '../../../db/contract/courses.ts';
import type { WebHost } from '../../../scripts/web-host.ts';
import { czechDate } from './calendar.ts';
import { shootElement, shootWholePage } from './screenshots.ts';

export const screenshotDir = join(import.meta.dirname, '..', '..', '..', 'test-output', 'e2e');

/** What the course tests do on the page again and again, in the words of the screen. */
export function coursePage(page: Page, host: WebHost) {
  /** The API as the page calls it; a refusal fails the test. */
  const api = async <T>(method: string, input: unknown): Promise<T> => {
    const response = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Pristav-Token': host.token },
      body: JSON.stringify(input),
    });
    const body = (await response.json()) as { ok: boolean; value: T };
    expect(body.ok).toBe(true);
    return body.value;
  };
  const cell = (row: number, col: number): Locator =>
    page.locator(`td[data-row="${row}"][data-col="${col}"]`);
  return {
    cell,
    cellText: async (row: number, col: number) => (await cell(row, col).textContent()) ?? '',
    expectFocusedCell: async (row: number, col: number) =>
      expect.poll(() => cell(row, col).evaluate((element) => element.matches(':focus'))).toBe(true),
    pendingCells: () => page.locator('td[data-pending]'),
    attendanceSection: () => page.getByRole('region', { name: 'Docházka', exact: true }),

    /** Opens the list from the menu. */
    openList: async () => {
      await page
        .getByRole('navigation', { name: 'Hlavní navigace' })
        .getByRole('link', { name: 'Kurzy' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Kurzy' }).waitFor();
    },

    /** A date typed the Czech way ("24. 11. 2026"), the calendar closed again. */
    typeDate: async (label: string, iso: string) => {
      const field = page.getByRole('textbox', { name: label, exact: true });
      await field.fill(czechDate(iso));
      await field.press('Escape');
    },

    api,
    /** The course as the API has it, to check what the screen saved. */
    detail: (id: string) => api<CourseDetail>('courses.get', { id }),

    shot: (name: string) => shootWholePage(page, join(screenshotDir, `courses-${name}.png`)),
    shotOf: (element: Locator, name: string) =>
      shootElement(element, join(screenshotDir, `courses-${name}.png`)),
  };
}
