import { relatedMassnahmen } from '../../lib/queries';
import {
  busiestContact,
  busiestDezernat,
  busiestDimension,
  busiestUnit,
  catalog,
  count,
  firstMeasure,
  measureWithContact,
  sectionEntries,
} from './catalog';
import { expect, expectNoAxeViolations, expectPageFrame, test } from './fixtures';

const total = catalog.massnahmen.length;
const inDimension = (slug: string) => count((m) => m.dimensionen.includes(slug));
const alterAussen = count((m) => m.dimensionen.includes('alter') && m.richtung.includes('aussen'));
const found = (n: number) =>
  n ? `${n} ${n === 1 ? 'Maßnahme' : 'Maßnahmen'} gefunden` : 'Keine Maßnahmen gefunden';

/**
 * One URL per page type and key state, with the h1 it must show. Strings where the heading has
 * long words: Playwright ignores soft hyphens (lib/typography.ts) when it compares strings, not
 * when it matches a regular expression.
 */
const allPages: { url: string; h1: RegExp | string; status?: number }[] = [
  { url: '/', h1: /^Vielfalt in Herne$/ },
  { url: '/massnahmen', h1: `Alle Maßnahmen (${total})` },
  {
    url: '/massnahmen?dimension=geschlecht&richtung=aussen',
    h1: /^(\d+ Maßnahmen?|Keine Maßnahmen) gefunden$/,
  },
  { url: '/massnahmen?q=Beratung', h1: /^(\d+ Maßnahmen?|Keine Maßnahmen) gefunden$/ },
  { url: '/massnahmen?q=xylophonorchester', h1: /^Keine Maßnahmen gefunden$/ },
  { url: '/massnahmen?dimension=gibtsnicht', h1: /^Keine Maßnahmen gefunden$/ },
  { url: `/massnahmen/${firstMeasure.slug}`, h1: firstMeasure.titel },
  { url: `/massnahmen/${measureWithContact.slug}`, h1: measureWithContact.titel },
  {
    url: `/dimensionen/${busiestDimension.slug}`,
    h1: `${busiestDimension.nummer}. ${busiestDimension.titel}`,
  },
  { url: `/dezernate/${busiestDezernat.slug}`, h1: busiestDezernat.titel },
  { url: `/fachbereiche/${busiestUnit.slug}`, h1: busiestUnit.titel },
  { url: '/kontakte', h1: 'Anlaufstellen und Ansprechpersonen' },
  { url: `/kontakte/${busiestContact.slug}`, h1: busiestContact.titel },
  { url: '/ueber', h1: /^Über den Katalog$/ },
  { url: '/uebersicht', h1: /^Der Katalog in Zahlen$/ },
  { url: '/katalog', h1: /Maßnahmen-Katalog$/ },
  { url: '/daten', h1: /^Daten und Schnittstellen$/ },
  { url: '/gibt-es-nicht', h1: /^Seite nicht gefunden$/, status: 404 },
];
// Derived picks may coincide (e.g. the first measure is also the one with a contact).
const pages = allPages.filter((p, i) => allPages.findIndex((q) => q.url === p.url) === i);

test.describe('jede Seitenart', () => {
  for (const p of pages) {
    test(`${p.url} lädt mit Rahmen, Überschrift und ohne axe-Verstöße`, async ({ page }) => {
      // The whole brochure on one page: axe needs ≈ 20 s for it on a busy 2-core machine.
      if (p.url === '/katalog') test.slow();
      const response = await page.goto(p.url);
      expect(response?.status()).toBe(p.status ?? 200);
      await expectPageFrame(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.h1);
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(description?.length ?? 0).toBeGreaterThan(30);
      await expectNoAxeViolations(page);
    });
  }

  test('jede Seite hat einen eigenen Titel', async ({ page }) => {
    const titles = new Set<string>();
    // Result titles name the search, so even the two zero-result states differ.
    for (const p of pages) {
      await page.goto(p.url);
      titles.add(await page.title());
    }
    expect(titles.size).toBe(pages.length);
  });
});

test.describe('Zahlen stimmen mit dem Katalog überein', () => {
  test('eine Abschnittsseite zeigt jede ihrer Maßnahmen in Tabelle und Gruppen', async ({ page }) => {
    const n = inDimension(busiestDimension.slug);
    const firstDezernat = catalog.dezernate.find((d) =>
      catalog.massnahmen.some((m) => m.dezernat === d.id && m.dimensionen.includes(busiestDimension.slug)),
    );
    await page.goto(`/dimensionen/${busiestDimension.slug}`);
    await expect(page.locator('table tbody tr')).toHaveCount(n);
    await expect(page.locator('main h4 a[href^="/massnahmen/"]')).toHaveCount(n);
    await expect(
      page.getByRole('heading', { level: 2, name: firstDezernat?.titel ?? '', exact: true }),
    ).toBeVisible();
  });

  test('richtung=aussen&dimension=alter', async ({ page }) => {
    const expected = count((m) => m.dimensionen.includes('alter') && m.richtung.includes('aussen'));
    await page.goto('/massnahmen?richtung=aussen&dimension=alter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(found(expected));
    await expect(page.getByRole('status')).toContainText(`${expected} Maßnahmen von ${total}`);
    await expect(page.locator('section[aria-labelledby="ergebnisse"] li h3')).toHaveCount(expected);
    const title = await page.title();
    const alter = catalog.dimensionen.find((d) => d.slug === 'alter');
    expect(title).toMatch(new RegExp(`^${found(expected)}: `));
    expect(title).toContain(alter?.titel ?? 'alter');
    expect(title).toContain('Nach außen');
  });

  test('Startseite zeigt alle Dimensionen mit Zahlen und die neuen Maßnahmen', async ({ page }) => {
    await page.goto('/');
    for (const d of catalog.dimensionen) {
      const n = count((m) => m.dimensionen.includes(d.slug));
      const tile = page.locator('li', { has: page.getByRole('link', { name: `${d.nummer}. ${d.titel}` }) });
      await expect(tile).toContainText(`${n} ${n === 1 ? 'Maßnahme' : 'Maßnahmen'}`);
    }
    await expect(page.locator('section[aria-labelledby="neu"] li h3')).toHaveCount(count((m) => m.neu));
    // The citizens' entry leads to the offers they use directly (types marked `direkt`).
    const direkt = catalog.angebotsarten.filter((a) => a.direkt).map((a) => `&angebotsart=${a.slug}`);
    await expect(page.getByRole('link', { name: 'Angebote für Bürger*innen' })).toHaveAttribute(
      'href',
      direkt.length ? `/massnahmen?richtung=aussen${direkt.join('')}` : '/massnahmen?richtung=aussen',
    );
  });

  test('die Übersicht zählt Dimension × Dezernat', async ({ page }) => {
    await page.goto('/uebersicht');
    for (const d of catalog.dimensionen) {
      const row = page.locator('tr', { has: page.getByRole('link', { name: d.titel, exact: true }) });
      // One cell per Dezernat, then the total.
      await expect(row.locator('td').nth(catalog.dezernate.length)).toHaveText(String(inDimension(d.slug)));
    }
    await expect(page.locator('.bar-chart[aria-hidden="true"]')).toHaveCount(2);
  });
});

test.describe('Filtern ohne und mit JavaScript', () => {
  test('das Formular filtert per GET und die Adresse ist der Zustand', async ({ page }) => {
    await page.goto('/massnahmen');
    await page.getByLabel(/^Alter/).check();
    await page.getByLabel(/^Nach außen/).check();
    await page.getByRole('button', { name: 'Ergebnisse anzeigen' }).click();
    await expect(page).toHaveURL(/dimension=alter/);
    await expect(page).toHaveURL(/richtung=aussen/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(found(alterAussen));
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(found(alterAussen));
    await expect(page.getByLabel(/^Alter/)).toBeChecked();
    // Remove one filter by its link in the summary.
    await page.getByRole('link', { name: /Dimension: Alter/ }).click();
    await expect(page).not.toHaveURL(/dimension=alter/);
    const aussen = count((m) => m.richtung.includes('aussen'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(found(aussen));
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(found(alterAussen));
    await page.getByRole('link', { name: 'Alle Filter entfernen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Alle Maßnahmen (${total})`);
  });

  test('unbekannte Filterwerte ergeben einen Hinweis und keine Ergebnisse, keinen Fehler', async ({
    page,
  }) => {
    const response = await page.goto('/massnahmen?dimension=gibtsnicht&zielgruppe=%3Cscript%3E');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { name: /ungültige Angaben/ })).toBeVisible();
    await expect(
      page.getByText('Unbekannter Wert „gibtsnicht“ für Dimension.', { exact: false }),
    ).toBeVisible();
    await expect(page.getByText('Unbekannter Wert „<script>“', { exact: false })).toBeVisible();
    await expect(page.locator('section[aria-labelledby="ergebnisse"] li h3')).toHaveCount(0);
  });

  test('null Treffer zeigen Hilfe', async ({ page }) => {
    await page.goto('/massnahmen?q=xylophonorchester');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Keine Maßnahmen gefunden');
    await expect(page.getByText('Prüfen Sie die Schreibweise')).toBeVisible();
  });
});

test.describe('Maßnahmenseite', () => {
  test('zeigt Brotkrümel, Abschnitte, verlinkte Stellen, Kontakt, Zielgruppen und Ähnliches', async ({
    page,
  }) => {
    const m = measureWithContact;
    const section = catalog.dimensionen.find((d) => d.slug === m.dimensionen[0]);
    const dezernat = catalog.dezernate.find((d) => d.id === m.dezernat);
    const unit = catalog.fachbereiche.find((f) => f.slug === m.fachbereiche[0]);
    const group = catalog.zielgruppen.find((z) => z.slug === m.zielgruppen[0]);
    const contact = catalog.kontakte.find((k) => k.slug === m.kontakte?.[0]);
    await page.goto(`/massnahmen/${m.slug}`);
    await expect(page.getByRole('navigation', { name: 'Brotkrümelpfad' })).toContainText(
      section?.titel ?? '-',
    );
    for (const h of [
      'Beschreibung der Maßnahme',
      'Ziele und Zielgruppen',
      'Wer ist für die Maßnahme verantwortlich?',
      'Ähnliche Maßnahmen',
    ]) {
      await expect(page.getByRole('heading', { level: 2, name: h })).toBeVisible();
    }
    await expect(page.getByRole('link', { name: dezernat?.titel, exact: true }).first()).toHaveAttribute(
      'href',
      `/dezernate/${dezernat?.slug}`,
    );
    await expect(page.getByRole('link', { name: unit?.titel, exact: true }).first()).toHaveAttribute(
      'href',
      `/fachbereiche/${unit?.slug}`,
    );
    await expect(page.locator(`a[href="tel:${contact?.kontakt.telefonLink}"]`).first()).toBeVisible();
    if (contact?.kontakt.email) {
      await expect(page.locator(`a[href="mailto:${contact.kontakt.email}"]`).first()).toBeVisible();
    }
    await expect(page.getByRole('link', { name: group?.titel, exact: true }).first()).toHaveAttribute(
      'href',
      `/massnahmen?zielgruppe=${group?.slug}`,
    );
    const report = page.getByRole('link', { name: /^Fehler melden/ });
    await expect(report).toHaveAttribute(
      'href',
      new RegExp(`^mailto:${catalog.katalog.herausgeberin.email.replace(/\./g, '\\.')}\\?subject=`),
    );
    await expect(page.locator('section[aria-labelledby="aehnlich"] li h3')).toHaveCount(
      relatedMassnahmen(catalog, m).length,
    );
  });

  test('unbekannte Maßnahme ergibt eine deutsche 404-Seite mit Suche', async ({ page }) => {
    const response = await page.goto('/massnahmen/gibt-es-nicht');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
    await expect(page.getByRole('searchbox')).toBeVisible();
    await expect(
      page.getByRole('link', { name: `${busiestDimension.nummer}. ${busiestDimension.titel}` }),
    ).toBeVisible();
  });
});

test.describe('Anlaufstellen', () => {
  test('listet alle und zeigt die zugehörigen Maßnahmen', async ({ page }) => {
    await page.goto('/kontakte');
    await expect(page.locator('main h2')).toHaveCount(catalog.kontakte.length);
    await page.goto(`/kontakte/${busiestContact.slug}`);
    const expected = count((m) => m.kontakte?.includes(busiestContact.slug) ?? false);
    await expect(page.locator('section[aria-labelledby="massnahmen"] li h3')).toHaveCount(expected);
    expect(expected).toBeGreaterThan(0);
  });
});

test.describe('Gesamter Katalog', () => {
  test('enthält alle Abschnitte und jede Detailseite in Broschürenreihenfolge', async ({ page }) => {
    await page.goto('/katalog');
    // One h3 per measure and section it stands in, and one per contact point of the appendix.
    await expect(page.locator('main article h3')).toHaveCount(sectionEntries + catalog.kontakte.length);
    const first = page.locator('main article h3').first();
    await expect(first).toContainText(firstMeasure.titel);
    const toc = page.getByRole('navigation', { name: 'Inhaltsverzeichnis' }).getByRole('link');
    await expect(toc.first()).toBeVisible();
    for (const d of catalog.dimensionen) await expect(toc.filter({ hasText: d.titel }).first()).toBeVisible();
  });
});
