import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core with the WCAG 2.2 A/AA rules and fails with a readable list of violations.
 * axe needs JavaScript in the page; for the project without JavaScript the same URL is
 * opened in a context whose script files are blocked, so axe sees the server HTML only.
 */
export async function expectNoAxeViolations(page: Page, options: AxeOptions = {}) {
  if (test.info().project.use.javaScriptEnabled !== false) return runAxe(page, options);
  const browser = page.context().browser();
  if (!browser) throw new Error('Kein Browser für die axe-Prüfung ohne JavaScript.');
  const context = await browser.newContext({
    viewport: page.viewportSize(),
    locale: 'de-DE',
    javaScriptEnabled: true,
  });
  try {
    await context.route(/\.js(\?|$)/, (route) => route.abort());
    const noScript = await context.newPage();
    await noScript.goto(page.url());
    await runAxe(noScript, options);
  } finally {
    await context.close();
  }
}

/** `without`: rules left out on purpose, with the reason at the call (e.g. the sitemap sweep). */
interface AxeOptions {
  without?: string[];
}

async function runAxe(page: Page, { without = [] }: AxeOptions) {
  const { violations } = await new AxeBuilder({ page }).withTags(axeTags).disableRules(without).analyze();
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, 'axe-core violations').toEqual([]);
}

/** Checks the frame every page shares: language, one h1, landmarks, title. */
export async function expectPageFrame(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('main#inhalt')).toHaveCount(1);
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  expect(await page.title()).toMatch(/Vielfalt in Herne/);
}

export const test = base;
export { expect };
