import { catalog } from './catalog';
import { expect, expectNoAxeViolations, expectPageFrame, test } from './fixtures';

test.describe('Startseite', () => {
  test('zeigt Rahmen, Überschrift und Auflage', async ({ page }) => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    await expectPageFrame(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vielfalt in Herne');
    const { auflage, stand } = catalog.katalog;
    await expect(page.getByText(`${auflage}. Auflage, Stand ${stand}`).first()).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeVisible();
  });

  test('Skip-Link ist der erste Tab-Stopp und führt in den Hauptinhalt', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#inhalt$/);
    const focusedInMain = await page.evaluate(() => {
      const main = document.querySelector('main');
      return !!main && (document.activeElement === main || main.contains(document.activeElement));
    });
    expect(focusedInMain).toBe(true);
  });

  test('hat keine axe-Verstöße (WCAG 2.2 A/AA)', async ({ page }) => {
    await page.goto('/');
    await expectNoAxeViolations(page);
  });
});
