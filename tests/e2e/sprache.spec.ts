import { catalog } from './catalog';
import { expect, test } from './fixtures';

/**
 * Language of parts (WCAG 3.1.2): the expressions of content/sprachen.yml are marked with their
 * language in titles and texts (lib/typography.ts). Expectations come from the loaded catalogue:
 * every measure whose title contains an expression shows it marked in its heading, and every
 * measure whose description contains one shows it marked in the text.
 */
const { pattern, langOf } = catalog.sprachen;
const find = (text: string) => (pattern ? [...text.matchAll(pattern)].map((m) => m[0]) : []);

test('fremdsprachige Ausdrücke sind in Titeln und Texten mit ihrer Sprache ausgezeichnet', async ({
  page,
}) => {
  const pages = catalog.massnahmen
    .map((m) => ({ m, inTitle: find(m.titel), inText: find(m.beschreibung.text) }))
    .filter((p) => p.inTitle.length > 0 || p.inText.length > 0)
    .slice(0, 5);
  test.setTimeout(30_000 + pages.length * 10_000);
  // The header names the site with its English word on every page.
  await page.goto('/');
  await expect(page.locator('header [lang="en"]').first()).toHaveText('Diversity');
  for (const { m, inTitle, inText } of pages) {
    await page.goto(`/massnahmen/${m.slug}`);
    for (const term of inTitle)
      await expect(
        page
          .locator(`h1 [lang="${langOf.get(term)}"]`)
          .filter({ hasText: term })
          .first(),
      ).toBeVisible();
    for (const term of inText)
      await expect(
        page
          .locator(`main .prose-herne [lang="${langOf.get(term)}"]`)
          .filter({ hasText: term })
          .first(),
      ).toBeAttached();
  }
});
