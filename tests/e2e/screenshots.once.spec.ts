import { expect, test } from './fixtures';
import { pageTypes } from './page-types';

/**
 * Visual regression (issue 16, item 5): every page type at 390 and 1280 px, compared
 * with the committed references in tests/e2e/screenshots/ (toHaveScreenshot with the
 * tolerance set in playwright.config.ts). After an intended change of the look:
 *
 *   npm run test:screenshots -- --update-snapshots
 *
 * rebuilds the site, writes new references and shows them in `git diff`; look at them
 * before committing. Runs once, with JavaScript (the page looks the same without it; the
 * server HTML is the same). Pages up to 6,000 px are compared whole; longer ones (the
 * whole brochure) over their first screen, as a full shot of them takes minutes.
 * The date of the last automated test on /barrierefreiheit changes with every build and is
 * masked. docs/screenshots.md explains the references and the GitHub workflow.
 */
const widths = [390, 1280] as const;
const maxHeight = 6000;

const fileName = (path: string, width: number) =>
  `${
    path === '/'
      ? 'start'
      : path
          .slice(1)
          .replace(/[^a-z0-9]+/gi, '-')
          .replace(/-+$/, '')
  }-${width}.png`;

for (const path of pageTypes) {
  for (const width of widths) {
    test(`${path} sieht bei ${width} px aus wie die Referenz`, async ({ page }) => {
      // Two stable full-page shots take a while on a busy 2-core machine.
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await expect(page).toHaveScreenshot(fileName(path, width), {
        fullPage: height <= maxHeight,
        mask: [page.getByText('Die automatischen Tests liefen zuletzt am')],
        // Two stable shots of a long page take a while on a busy machine.
        timeout: 60_000,
      });
    });
  }
}
