import type { Page } from '@playwright/test';
import { busiestDimension, catalog, count } from './catalog';
import { expect, test } from './fixtures';

/**
 * „Zu den Ergebnissen (N)“ on /massnahmen (issue 16): on a phone the results follow the whole
 * filter form, and a plain anchor before the form skips it, with and without JavaScript (both
 * Playwright projects run this file). From 1280 px the results sit beside the form and the
 * link is gone, also from the accessibility tree. Numbers come from the loaded catalogue.
 */
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 900 };

const inBusiest = count((m) => m.dimensionen.includes(busiestDimension.slug));
const cases = [
  { url: '/massnahmen', n: catalog.massnahmen.length },
  { url: `/massnahmen?dimension=${busiestDimension.slug}`, n: inBusiest },
];

const skipLink = (page: Page) => page.getByRole('link', { name: /^Zu den Ergebnissen/ });
/** The measures listed as results (MassnahmeList: one h3 link per measure). */
const listed = (page: Page) =>
  page.locator('section[aria-labelledby="ergebnisse"] li h3 a[href^="/massnahmen/"]');

test.describe('Zu den Ergebnissen (390 px)', () => {
  test.use({ viewport: phone });

  for (const { url, n } of cases) {
    test(`${url}: der Link nennt die Zahl der Ergebnisse und führt zu ihnen`, async ({ page }) => {
      await page.goto(url);
      const link = skipLink(page);
      await expect(link).toHaveText(`Zu den Ergebnissen (${n})`);
      await expect(link).toHaveAttribute('href', '#ergebnisse');
      // The number is the number of listed results, too.
      await expect(listed(page)).toHaveCount(n);
      // At the top: visible without scrolling, before the filter form; the results are far below.
      await expect(link).toBeInViewport();
      const beforeForm = await link.evaluate((a) => {
        const form = document.querySelector('form[aria-labelledby="filter-titel"]');
        return !!form && (a.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      });
      expect(beforeForm).toBe(true);
      const heading = page.locator('#ergebnisse');
      await expect(heading).not.toBeInViewport();
      // The count is still announced by the status region, as before.
      await expect(page.getByRole('status')).toHaveText(/\S/);

      await link.click();
      await expect(page).toHaveURL(/#ergebnisse$/);
      await expect(heading).toBeInViewport();
      if (n > 0) await expect(listed(page).first()).toBeInViewport();
    });
  }

  test('ohne Treffer führt der Link (0) zu den Tipps', async ({ page }) => {
    await page.goto('/massnahmen?q=xylophonorchester');
    await expect(listed(page)).toHaveCount(0);
    const link = skipLink(page);
    await expect(link).toHaveText('Zu den Ergebnissen (0)');
    await link.click();
    await expect(page.getByRole('heading', { name: 'Tipps für die Suche' })).toBeInViewport();
  });

  test('bei ungültigen Angaben in der Adresse gibt es keinen Link (keine Ergebnisse)', async ({ page }) => {
    await page.goto('/massnahmen?dimension=gibtsnicht');
    await expect(page.getByRole('heading', { name: /ungültige Angaben/ })).toBeVisible();
    await expect(page.locator('a[href="#ergebnisse"]')).toHaveCount(0);
  });
});

test.describe('Zu den Ergebnissen (1280 px)', () => {
  test.use({ viewport: desktop });

  test('neben dem Formular nicht gezeigt und nicht im Barrierefreiheitsbaum', async ({ page }) => {
    await page.goto(cases[1]?.url ?? '/massnahmen');
    // The results are in view beside the form, so there is nothing to skip.
    await expect(page.locator('#ergebnisse')).toBeInViewport();
    await expect(page.locator('a[href="#ergebnisse"]')).toHaveCount(1);
    await expect(page.locator('a[href="#ergebnisse"]')).toBeHidden();
    await expect(skipLink(page)).toHaveCount(0);
    const tree = await page.locator('main').ariaSnapshot();
    expect(tree).not.toContain('Zu den Ergebnissen');
  });
});
