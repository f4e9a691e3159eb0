import { getCatalog } from '../../lib/content/catalog';
import { firstMeasure } from './catalog';
import { expect, test } from './fixtures';

const { katalog } = getCatalog();

test.describe('Pflichtseiten einer öffentlichen Stelle', () => {
  test('jede Seite verlinkt Impressum, Datenschutz, Barrierefreiheit, Leichte Sprache und „Barriere melden“', async ({
    page,
  }) => {
    await page.goto(`/massnahmen/${firstMeasure.slug}`);
    const footer = page.getByRole('contentinfo');
    const links: [string, string][] = [
      ['Impressum', '/impressum'],
      ['Datenschutz', '/datenschutz'],
      ['Barrierefreiheit', '/barrierefreiheit'],
      ['Leichte Sprache', '/leichte-sprache'],
      ['Anlaufstellen', '/kontakte'],
    ];
    for (const [name, href] of links) {
      await expect(footer.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
    }
    await expect(footer.getByRole('link', { name: 'Barriere melden' })).toHaveAttribute(
      'href',
      /^mailto:gleichstellung-vielfalt@herne\.de\?subject=Barriere/,
    );
    await expect(page.getByRole('banner').getByRole('link', { name: 'Leichte Sprache' })).toHaveAttribute(
      'href',
      '/leichte-sprache',
    );
  });

  test('die Erklärung zur Barrierefreiheit nennt Stand, Prüfdatum, Status und Durchsetzungsverfahren', async ({
    page,
  }) => {
    await page.goto('/barrierefreiheit');
    const main = page.locator('main');
    await expect(main).toContainText('teilweise vereinbar');
    await expect(main).toContainText(`Stand ${katalog.stand}`);
    await expect(main).toContainText(/liefen zuletzt am \d{1,2}\. \p{L}+ \d{4}/u);
    await expect(main).not.toContainText('{{');
    await expect(main).toContainText('Ombudsstelle');
    await expect(main).toContainText('Gebärdensprache');
  });

  test('Impressum, Datenschutz und Leichte Sprache haben ihren Kerninhalt und markierte Platzhalter', async ({
    page,
  }) => {
    await page.goto('/impressum');
    await expect(page.locator('main')).toContainText('Berliner Platz 9');
    await expect(page.locator('main')).toContainText('§ 5 Digitale-Dienste-Gesetz (DDG)');
    await expect(page.locator('main')).toContainText('Von der Stadt Herne zu ergänzen');
    await page.goto('/datenschutz');
    await expect(page.locator('main')).toContainText('Artikel 6 Absatz 1 Buchstabe e DSGVO');
    await expect(page.locator('main')).toContainText(
      'Landesbeauftragte für Datenschutz und Informationsfreiheit',
    );
    await expect(page.locator('main')).toContainText('Cookies');
    await page.goto('/leichte-sprache');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('main h2').first()).toBeVisible();
  });
});
