import { hilfeFor } from '../../lib/hilfe';
import { searchIndex } from '../../lib/search';
import { catalog } from './catalog';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * „Wer hilft weiter?“ on measure pages and contact cards on the list page, on a phone
 * (390 px), with and without JavaScript (both Playwright projects run this file).
 * Expectations come from the loaded catalogue and the site's own resolver and index.
 */
test.use({ viewport: { width: 390, height: 844 } });

/** One measure per source of help that the catalogue has (own contact, unit, editors). */
const bySource = ['eigener Kontakt', 'Fachbereich', 'Katalogredaktion'].flatMap((quelle) => {
  const m = catalog.massnahmen.find((x) => hilfeFor(catalog, x).quelle === quelle);
  return m ? [{ quelle, m }] : [];
});

test.describe('Wer hilft weiter? (390 px)', () => {
  test('jede Maßnahme hat Telefon und E-Mail einer helfenden Stelle', () => {
    expect(bySource.length).toBeGreaterThan(0);
    for (const m of catalog.massnahmen) {
      const h = hilfeFor(catalog, m);
      expect(h.telefon, m.slug).not.toBe('');
      expect(h.email, m.slug).toMatch(/@/);
    }
  });

  for (const { quelle, m } of bySource) {
    test(`zeigt Telefon und E-Mail oben auf der Seite (${quelle}: ${m.slug})`, async ({ page }) => {
      const h = hilfeFor(catalog, m);
      await page.goto(`/massnahmen/${m.slug}`);
      const box = page.getByRole('region', { name: 'Wer hilft weiter?' });
      await expect(box).toBeVisible();
      await expect(box.locator(`a[href="tel:${h.telefonLink}"]`).first()).toBeVisible();
      await expect(box.locator(`a[href="mailto:${h.email}"]`).first()).toBeVisible();
      if (quelle === 'Katalogredaktion')
        await expect(box).toContainText('vermittelt Sie an die zuständige Stelle');
      // Near the top: before the description, and within the first two screens of a phone.
      const boxTop = (await box.boundingBox())?.y ?? Number.POSITIVE_INFINITY;
      const description = page.getByRole('heading', { level: 2, name: 'Beschreibung der Maßnahme' });
      expect(boxTop).toBeLessThan((await description.boundingBox())?.y ?? 0);
      expect(boxTop).toBeLessThan(2 * 844);
      // Nothing wider than the phone's screen.
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
      await expectNoAxeViolations(page);
    });
  }

  test('der Verantwortlich-Text behält seine Zeilenumbrüche (mehrere Stellen)', async ({ page }) => {
    // The measure with the most lines in `verantwortlich` (several units, one per line).
    const m = [...catalog.massnahmen].sort(
      (a, b) => b.verantwortlich.split('\n').length - a.verantwortlich.split('\n').length,
    )[0];
    expect(m).toBeDefined();
    if (!m) return;
    await page.goto(`/massnahmen/${m.slug}`);
    const text = page
      .getByRole('region', { name: 'Wer ist für die Maßnahme verantwortlich?' })
      .locator('p')
      .first();
    await expect(text).toBeVisible();
    expect(await text.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('pre-line');
    const lines = m.verantwortlich.split('\n').length;
    const height = (await text.boundingBox())?.height ?? 0;
    const lineHeight = await text.evaluate((el) => Number.parseFloat(getComputedStyle(el).lineHeight));
    expect(height / lineHeight).toBeGreaterThanOrEqual(lines - 0.1);
  });
});

test.describe('Anlaufstellen in der Suche (390 px)', () => {
  const index = searchIndex(catalog);
  // A query for each contact point's own title finds that contact; take the first that has measures too.
  const withHits = catalog.kontakte
    .map((k) => ({ k, outcome: index.find(k.titel) }))
    .find(({ k, outcome }) => outcome.hits.length > 0 && outcome.kontakte[0]?.kontakt.slug === k.slug);

  test('zeigt die Karte der passenden Anlaufstelle über den Maßnahmen', async ({ page }) => {
    expect(withHits, 'eine Anlaufstelle, deren Titel auch Maßnahmen findet').toBeDefined();
    if (!withHits) return;
    const { k } = withHits;
    await page.goto(`/massnahmen?q=${encodeURIComponent(k.titel)}`);
    const cards = page.getByRole('region', { name: /^Passende Anlaufstelle/ });
    await expect(cards).toBeVisible();
    const card = cards.getByRole('region', { name: k.titel });
    await expect(card.locator(`a[href="tel:${k.kontakt.telefonLink}"]`)).toBeVisible();
    if (k.kontakt.email) await expect(card.locator(`a[href="mailto:${k.kontakt.email}"]`)).toBeVisible();
    // Above the first measure of the results.
    const firstResult = page.locator('main li h3 a, main article h3 a').first();
    expect((await cards.boundingBox())?.y ?? 0).toBeLessThan((await firstResult.boundingBox())?.y ?? 0);
    await expectNoAxeViolations(page);
  });

  test('eine Suche ohne Treffer nennt eine Anlaufstelle mit Telefon und die Tipps', async ({ page }) => {
    await page.goto('/massnahmen?q=xyzzyqwv');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Keine Maßnahmen gefunden');
    const help = page.locator('#anlaufstellen');
    await expect(help).toBeVisible();
    await expect(help.locator('a[href^="tel:"]').first()).toBeVisible();
    await expect(help.locator('a[href^="mailto:"]').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Tipps für die Suche' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('„Meinten Sie …?“ führt zur richtigen Schreibweise', async ({ page }) => {
    // A catalogue word with a typo in the middle that the index corrects.
    const word = catalog.massnahmen
      .flatMap((m) => m.titel.split(/\s+/))
      .find(
        (w) =>
          /^[A-Za-zÄÖÜäöüß]{9,}$/.test(w) &&
          index.find(`${w.slice(0, 4)}${w[5]}${w[4]}${w.slice(6)}`).vorschlag,
      );
    expect(word, 'ein Titelwort, dessen Tippfehler korrigiert wird').toBeDefined();
    if (!word) return;
    const typo = `${word.slice(0, 4)}${word[5]}${word[4]}${word.slice(6)}`;
    const suggestion = index.find(typo).vorschlag as string;
    await page.goto(`/massnahmen?q=${encodeURIComponent(typo)}`);
    const link = page.getByRole('link', { name: `„${suggestion}“` });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(
      new RegExp(`q=${encodeURIComponent(suggestion).replace(/%20/g, '(%20|\\+)')}`),
    );
  });
});
