import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** WCAG 2.1 level A and AA: what the funder's and the public sector's rules ask for. */
const wcag21aaTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One rule that failed, with every element it failed on. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** Each element: axe's selector, the start of its HTML, and what to fix. */
  nodes: { target: string; html: string; summary: string }[];
}

let axeSource: Promise<string> | undefined;

/** axe-core's own bundle, read once per test file from node_modules. */
function loadAxeSource(): Promise<string> {
  const require = createRequire(import.meta.url);
  axeSource ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/**
 * Runs axe-core over the page, or the part the CSS selector `include` picks (a dialog, `main`),
 * for WCAG 2.1 A/AA. axe is evaluated through the DevTools protocol, which a page's CSP does not
 * govern: the app keeps its `script-src 'self'`, and axe exists only in the test's browser.
 */
export async function findViolations(page: Page, include?: string): Promise<AxeViolation[]> {
  await waitForTransitions(page);
  const hasAxe = await page.evaluate('typeof window.axe === "object"');
  if (!hasAxe) await page.evaluate(await loadAxeSource());
  // A string: it runs in the page, where `window.axe` lives and has a type nowhere on this side.
  const script = `(async () => {
    const results = await window.axe.run(${include ? JSON.stringify(include) : 'document'}, {
      runOnly: { type: 'tag', values: ${JSON.stringify(wcag21aaTags)} },
      resultTypes: ['violations'],
    });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map(String).join(' '),
        html: node.html.slice(0, 160),
        summary: node.failureSummary ?? '',
      })),
    }));
  })()`;
  return (await page.evaluate(script)) as AxeViolation[];
}

/** Every violation on its own lines: the rule, how bad, each element and axe's summary for it. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .flatMap((violation) => [
      `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}`,
      ...violation.nodes.map(
        (node) => `  ${node.target}  ${node.html}\n    ${node.summary.replace(/\n/g, '\n    ')}`,
      ),
    ])
    .join('\n');
}

/** Fails with every violation printed when the screen has any. */
export async function expectAccessible(
  page: Page,
  screen: string,
  include?: string,
): Promise<void> {
  const violations = await findViolations(page, include);
  if (violations.length === 0) return;
  const count = violations.reduce((sum, violation) => sum + violation.nodes.length, 0);
  throw new Error(
    `${screen}: ${count} element(s) fail WCAG 2.1 AA\n${describeViolations(violations)}`,
  );
}

/**
 * A dialog or menu fading in is half transparent, and axe would measure the contrast of its
 * half-drawn text: wait until every finite CSS transition or animation has ended.
 */
async function waitForTransitions(page: Page): Promise<void> {
  // Polled from here: the page's CSP forbids the eval() that page.waitForFunction would run.
  const isSettled = `document.getAnimations().every((animation) =>
    animation.playState !== 'running' ||
    animation.effect?.getComputedTiming().endTime === Infinity)`;
  await expect.poll(() => page.evaluate(isSettled)).toBe(true);
}
