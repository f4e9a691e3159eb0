import { catalog, count } from './catalog';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** The offer type (angebotsart): filter group, badges, measure page and the start page's entry for citizens. */
const found = (n: number) =>
  n ? `${n} ${n === 1 ? 'Maßnahme' : 'Maßnahmen'} gefunden` : 'Keine Maßnahmen gefunden';
const used = catalog.angebotsarten
  .map((a) => ({ ...a, n: count((m) => m.angebotsart.includes(a.slug)) }))
  .filter((a) => a.n > 0)
  .sort((a, b) => b.n - a.n);
const [first, second] = used;
if (!first || !second) throw new Error('Die Tests brauchen mindestens zwei Angebotsarten in Gebrauch.');
const titel = new Map(catalog.angebotsarten.map((a) => [a.slug, a.titel]));

test.describe('Filter „Angebotsart“', () => {
  test('zeigt jede Art mit Zahl, filtert per GET mit ODER und zeigt die Art an jedem Treffer', async ({
    page,
  }) => {
    await page.goto('/massnahmen');
    const group = page.locator('details', { has: page.locator('summary', { hasText: 'Angebotsart' }) });
    await group.locator('summary').click();
    for (const a of catalog.angebotsarten) {
      const n = count((m) => m.angebotsart.includes(a.slug));
      await expect(group.locator(`label[for="angebotsart-${a.slug}"]`)).toHaveText(`${a.titel} (${n})`);
    }
    await group.locator(`#angebotsart-${first.slug}`).check();
    await group.locator(`#angebotsart-${second.slug}`).check();
    await page.getByRole('button', { name: 'Ergebnisse anzeigen' }).click();
    // The form sends its boxes in the vocabulary's order; the address is the state.
    await expect(page).toHaveURL(/angebotsart=.*angebotsart=/);
    expect(new URL(page.url()).searchParams.getAll('angebotsart').sort()).toEqual(
      [first.slug, second.slug].sort(),
    );
    const expected = catalog.massnahmen.filter((m) =>
      m.angebotsart.some((a) => a === first.slug || a === second.slug),
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(found(expected.length));
    const results = page.locator('section[aria-labelledby="ergebnisse"] li.py-4');
    await expect(results).toHaveCount(expected.length);
    // Each result carries its types as badges, in the measure's order.
    for (const [i, m] of expected.slice(0, 5).entries()) {
      const badges = results.nth(i).locator('ul[aria-label="Merkmale"] li', { hasText: 'Angebotsart:' });
      await expect(badges).toHaveText(m.angebotsart.map((a) => `Angebotsart: ${titel.get(a)}`));
    }
    // The group stays open with its selection; the summary names the active filter.
    await expect(page.locator(`#angebotsart-${first.slug}`)).toBeChecked();
    await expect(page.getByRole('link', { name: `Angebotsart: ${first.titel}` })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('zählt jede Art mit den anderen Filtern und meldet unbekannte Werte', async ({ page }) => {
    await page.goto(`/massnahmen?richtung=aussen&angebotsart=${first.slug}`);
    const aussen = catalog.massnahmen.filter((m) => m.richtung.includes('aussen'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      found(aussen.filter((m) => m.angebotsart.includes(first.slug)).length),
    );
    for (const a of catalog.angebotsarten) {
      const n = aussen.filter((m) => m.angebotsart.includes(a.slug)).length;
      await expect(page.locator(`label[for="angebotsart-${a.slug}"]`)).toHaveText(`${a.titel} (${n})`);
    }
    await page.goto('/massnahmen?angebotsart=beratng');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Keine Maßnahmen gefunden');
    await expect(page.locator('main')).toContainText('Unbekannter Wert „beratng“ für Angebotsart');
  });
});

test('die Seite einer Maßnahme nennt ihre Angebotsarten mit Link zum Filter', async ({ page }) => {
  const m = catalog.massnahmen.find((x) => x.angebotsart.length > 1) ?? catalog.massnahmen[0];
  if (!m) throw new Error('Der Katalog ist leer.');
  await page.goto(`/massnahmen/${m.slug}`);
  const facts = page.getByRole('complementary', { name: 'Auf einen Blick' });
  const entry = facts.locator('div', { has: page.locator('dt', { hasText: 'Art des Angebots' }) });
  await expect(entry.locator('dd a')).toHaveText(m.angebotsart.map((a) => titel.get(a) ?? a));
  await entry.locator('dd a').first().click();
  await expect(page).toHaveURL(new RegExp(`/massnahmen\\?angebotsart=${m.angebotsart[0]}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    found(count((x) => x.angebotsart.includes(m.angebotsart[0] ?? ''))),
  );
});

test('die Startseite führt Bürger*innen zuerst zu den direkten Angeboten', async ({ page }) => {
  const direkt = catalog.angebotsarten.filter((a) => a.direkt);
  const isDirect = (m: (typeof catalog.massnahmen)[number]) =>
    m.richtung.includes('aussen') && m.angebotsart.some((a) => direkt.some((d) => d.slug === a));
  await page.goto('/');
  const tile = page.locator('li', { has: page.getByRole('link', { name: 'Angebote für Bürger*innen' }) });
  if (direkt.length === 0) {
    // Without types marked `direkt` the entry falls back to everything for the public.
    await expect(tile.getByRole('link', { name: 'Angebote für Bürger*innen' })).toHaveAttribute(
      'href',
      '/massnahmen?richtung=aussen',
    );
    return;
  }
  const total = count(isDirect);
  await expect(tile).toContainText(
    `${total} ${total === 1 ? 'Angebot, das' : 'Angebote, die'} Sie direkt nutzen können`,
  );
  for (const d of direkt) {
    const n = count((m) => m.richtung.includes('aussen') && m.angebotsart.includes(d.slug));
    await expect(tile.getByRole('listitem').filter({ hasText: d.titel })).toHaveText(`${d.titel} (${n})`);
  }
  await tile.getByRole('link', { name: 'Angebote für Bürger*innen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(found(count(isDirect)));
  await expect(page.locator('#richtung-aussen')).toBeChecked();
  for (const d of direkt) await expect(page.locator(`#angebotsart-${d.slug}`)).toBeChecked();
});
