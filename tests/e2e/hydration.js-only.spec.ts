/**
 * Hydration under the Content-Security-Policy. The privacy checks of every page (no request to
 * another host, no cookie, no web storage, no CSP violation) run in the sitemap sweep
 * (sweep.once.spec.ts), which visits each page once.
 */
import { catalog } from './catalog';
import { expect, test } from './fixtures';

test('die Seite hydratisiert mit der CSP: Navigation, Inseln und Formular funktionieren', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) violations.push(m.text());
  });
  await page.goto('/katalog');
  // The print button is a client island: it only appears after hydration.
  await expect(page.getByRole('button', { name: 'Drucken / Als PDF speichern' })).toBeVisible();
  await page.goto('/');
  await page.getByRole('link', { name: 'Alle Maßnahmen' }).first().click();
  await expect(page).toHaveURL(/\/massnahmen$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Alle Maßnahmen (${catalog.massnahmen.length})`,
  );
  await page.goto('/vorschlagen');
  await page.getByLabel('Titel der Maßnahme').fill('Test');
  await page.getByRole('button', { name: 'Prüfen und Vorschau anzeigen' }).click();
  await expect(page.locator('#dimensionen-fehler')).toBeVisible();
  expect(violations).toEqual([]);
});
