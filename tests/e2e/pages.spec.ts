import { getCatalog } from '../../lib/content/catalog';
import { expect, expectNoAxeViolations, expectPageFrame, test } from './fixtures';

const catalog = getCatalog();
const count = (pred: (m: (typeof catalog.massnahmen)[number]) => boolean) =>
  catalog.massnahmen.filter(pred).length;

/** One URL per page type and key state, with the h1 it must show. */
const pages: { url: string; h1: RegExp; status?: number }[] = [
  { url: '/', h1: /^Vielfalt in Herne$/ },
  { url: '/massnahmen', h1: /^Alle Maßnahmen \(84\)$/ },
  { url: '/massnahmen?dimension=geschlecht&richtung=aussen', h1: /^\d+ Maßnahmen gefunden$/ },
  { url: '/massnahmen?q=Beratung', h1: /^\d+ Maßnahmen gefunden$/ },
  {
    url: '/massnahmen?dimension=religion-weltanschauung&richtung=aussen&neu=1',
    h1: /^Keine Maßnahmen gefunden$/,
  },
  { url: '/massnahmen?dimension=gibtsnicht', h1: /^Keine Maßnahmen gefunden$/ },
  { url: '/massnahmen/projekt-youth-for-equality', h1: /^Projekt „Youth for Equality“$/ },
  { url: '/massnahmen/betriebliche-sozialberatung', h1: /^Betriebliche Sozialberatung \(BSB\)$/ },
  { url: '/dimensionen/geschlecht', h1: /^2\. Geschlecht$/ },
  { url: '/dezernate/iv', h1: /^Dezernat IV$/ },
  { url: '/fachbereiche/kinder-jugend-familie', h1: /^Fachbereich Kinder – Jugend – Familie$/ },
  { url: '/kontakte', h1: /^Anlaufstellen und Ansprechpersonen$/ },
  { url: '/kontakte/inklusionsbuero', h1: /^Inklusionsbüro$/ },
  { url: '/ueber', h1: /^Über den Katalog$/ },
  { url: '/uebersicht', h1: /^Der Katalog in Zahlen$/ },
  { url: '/katalog', h1: /Maßnahmen-Katalog$/ },
  { url: '/daten', h1: /^Daten und Schnittstellen$/ },
  { url: '/gibt-es-nicht', h1: /^Seite nicht gefunden$/, status: 404 },
];

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
    for (const p of pages) {
      await page.goto(p.url);
      titles.add(await page.title());
    }
    // Result titles name the search, so even the two zero-result states differ.
    expect(titles.size).toBe(pages.length);
  });
});

test.describe('Zahlen stimmen mit dem Katalog überein', () => {
  test('die Seite Geschlecht zeigt 23 Maßnahmen in Tabelle und Gruppen', async ({ page }) => {
    await page.goto('/dimensionen/geschlecht');
    await expect(page.locator('table tbody tr')).toHaveCount(23);
    await expect(page.locator('main h4 a[href^="/massnahmen/"]')).toHaveCount(23);
    await expect(page.getByRole('heading', { level: 2, name: 'Dezernat I', exact: true })).toBeVisible();
  });

  test('richtung=aussen&dimension=alter', async ({ page }) => {
    const expected = count((m) => m.dimensionen.includes('alter') && m.richtung.includes('aussen'));
    await page.goto('/massnahmen?richtung=aussen&dimension=alter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${expected} Maßnahmen gefunden`);
    await expect(page.getByRole('status')).toContainText(`${expected} Maßnahmen von 84`);
    await expect(page.locator('section[aria-labelledby="ergebnisse"] li h3')).toHaveCount(expected);
    expect(await page.title()).toBe(
      `${expected} Maßnahmen gefunden: Alter, Nach außen (für Bürger*innen) – Vielfalt in Herne`,
    );
  });

  test('Startseite zeigt alle Dimensionen mit Zahlen und die neuen Maßnahmen', async ({ page }) => {
    await page.goto('/');
    for (const d of catalog.dimensionen) {
      const n = count((m) => m.dimensionen.includes(d.slug));
      const tile = page.locator('li', { has: page.getByRole('link', { name: `${d.nummer}. ${d.titel}` }) });
      await expect(tile).toContainText(`${n} ${n === 1 ? 'Maßnahme' : 'Maßnahmen'}`);
    }
    await expect(page.locator('section[aria-labelledby="neu"] li h3')).toHaveCount(count((m) => m.neu));
    await expect(page.getByRole('link', { name: 'Angebote für Bürger*innen' })).toHaveAttribute(
      'href',
      '/massnahmen?richtung=aussen',
    );
  });

  test('die Übersicht zählt Dimension × Dezernat', async ({ page }) => {
    await page.goto('/uebersicht');
    const row = page.locator('tr', { has: page.getByRole('link', { name: 'Geschlecht', exact: true }) });
    await expect(row.locator('td').nth(4)).toHaveText('23');
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
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('4 Maßnahmen gefunden');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('4 Maßnahmen gefunden');
    await expect(page.getByLabel(/^Alter/)).toBeChecked();
    // Remove one filter by its link in the summary.
    await page.getByRole('link', { name: /Dimension: Alter/ }).click();
    await expect(page).not.toHaveURL(/dimension=alter/);
    const aussen = count((m) => m.richtung.includes('aussen'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${aussen} Maßnahmen gefunden`);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('4 Maßnahmen gefunden');
    await page.getByRole('link', { name: 'Alle Filter entfernen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alle Maßnahmen (84)');
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
    await page.goto('/massnahmen/betriebliche-sozialberatung');
    await expect(page.getByRole('navigation', { name: 'Brotkrümelpfad' })).toContainText(
      'Übergreifende Maßnahmen',
    );
    for (const h of [
      'Beschreibung der Maßnahme',
      'Ziele und Zielgruppen',
      'Wer ist für die Maßnahme verantwortlich?',
      'Ähnliche Maßnahmen',
    ]) {
      await expect(page.getByRole('heading', { level: 2, name: h })).toBeVisible();
    }
    await expect(page.getByRole('link', { name: 'Dezernat I' })).toHaveAttribute('href', '/dezernate/i');
    await expect(
      page.getByRole('link', { name: 'Fachbereich Personal und Zentraler Service' }).first(),
    ).toHaveAttribute('href', '/fachbereiche/personal-und-zentraler-service');
    await expect(page.locator('a[href="tel:+492323163047"]')).toHaveText(
      '0\u00a023\u00a023\u00a0/\u00a016\u00a0\u2011\u00a030\u00a047',
    );
    await expect(page.locator('a[href="mailto:kerstin.windoffer@herne.de"]')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Beschäftigte der Stadtverwaltung' })).toHaveAttribute(
      'href',
      '/massnahmen?zielgruppe=beschaeftigte',
    );
    const report = page.getByRole('link', { name: 'Fehler melden / Änderung vorschlagen' });
    await expect(report).toHaveAttribute(
      'href',
      /^mailto:gleichstellung-vielfalt@herne\.de\?subject=.*Betriebliche%20Sozialberatung/,
    );
    await expect(page.locator('section[aria-labelledby="aehnlich"] li h3')).toHaveCount(5);
  });

  test('unbekannte Maßnahme ergibt eine deutsche 404-Seite mit Suche', async ({ page }) => {
    const response = await page.goto('/massnahmen/gibt-es-nicht');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
    await expect(page.getByRole('searchbox')).toBeVisible();
    await expect(page.getByRole('link', { name: '2. Geschlecht' })).toBeVisible();
  });
});

test.describe('Anlaufstellen', () => {
  test('listet alle 9 und zeigt die zugehörigen Maßnahmen', async ({ page }) => {
    await page.goto('/kontakte');
    await expect(page.locator('main h2')).toHaveCount(9);
    await page.goto('/kontakte/inklusionsbuero');
    const expected = count((m) => m.kontakte?.includes('inklusionsbuero') ?? false);
    await expect(page.locator('section[aria-labelledby="massnahmen"] li h3')).toHaveCount(expected);
    expect(expected).toBeGreaterThan(5);
  });
});

test.describe('Gesamter Katalog', () => {
  test('enthält alle Abschnitte und 85 Detailseiten in Broschürenreihenfolge', async ({ page }) => {
    await page.goto('/katalog');
    await expect(page.locator('main article h3[id^="uebergreifend-"], main article h3')).toHaveCount(85 + 9);
    const first = page.locator('main article h3').first();
    await expect(first).toContainText('Projekt „Youth for Equality“');
    await expect(page.getByRole('navigation', { name: 'Inhaltsverzeichnis' }).getByRole('link')).toHaveCount(
      10,
    );
  });
});
