import { parse } from 'csv-parse/sync';
import Parser from 'rss-parser';
import { z } from 'zod';
import { catalog, firstMeasure, measureAussen, measureOnlyInnen, measureWithContact } from './catalog';
import { expect, test } from './fixtures';

/** The JSON contract of /api/massnahmen (docs/contracts.md), checked independently of the implementation. */
const apiItem = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  titel: z.string().min(1),
  kurztitel: z.string().optional(),
  dimensionen: z.array(z.enum(catalog.dimensionen.map((d) => d.slug) as [string, ...string[]])).min(1),
  dezernat: z.enum(['I', 'III', 'IV', 'VI']),
  fachbereiche: z.array(z.string()).min(1),
  richtung: z.array(z.enum(['innen', 'aussen'])).min(1),
  neu: z.boolean(),
  zielgruppen: z.array(z.string()).min(1),
  angebotsart: z.array(z.enum(catalog.angebotsarten.map((a) => a.slug) as [string, ...string[]])).min(1),
  kontakte: z.array(z.string()),
  auszug: z.string().min(1),
  url: z.string().regex(/^https?:\/\/[^/]+\/massnahmen\/[a-z0-9-]+$/),
  hilfe: z.strictObject({
    quelle: z.enum(['eigener Kontakt', 'Fachbereich', 'Katalogredaktion']),
    stelle: z.string().min(1),
    telefon: z.string().min(1),
    telefonLink: z.string().regex(/^\+49\d+$/),
    email: z.email(),
  }),
});
const apiKontakt = z.object({ slug: z.string(), titel: z.string(), telefon: z.string(), url: z.string() });
const apiList = z.strictObject({
  gesamt: z.number().int(),
  massnahmen: z.array(apiItem),
  // Only with a search (q): matching contact points and a close spelling.
  kontaktstellen: z.array(apiKontakt).optional(),
  meintenSie: z.string().optional(),
});

test.describe('JSON-Schnittstelle', () => {
  test('liefert alle Maßnahmen in der vereinbarten Form', async ({ request }) => {
    const res = await request.get('/api/massnahmen');
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers()['access-control-allow-origin']).toBe('*');
    const body = apiList.parse(await res.json());
    expect(body.gesamt).toBe(catalog.massnahmen.length);
    expect(body.massnahmen.map((m) => m.slug)).toEqual(catalog.massnahmen.map((m) => m.slug));
    expect(body.kontaktstellen).toBeUndefined();
    // „Wer hilft weiter?“ resolved as on the measure page.
    for (const item of body.massnahmen) {
      const m = catalog.massnahmen.find((x) => x.slug === item.slug);
      const own = catalog.kontakte.find((k) => k.slug === m?.kontakte?.[0]);
      if (own)
        expect(item.hilfe).toMatchObject({ quelle: 'eigener Kontakt', telefonLink: own.kontakt.telefonLink });
    }
  });

  test('nennt bei einer Suche passende Anlaufstellen unter eigenem Schlüssel', async ({ request }) => {
    const k = catalog.kontakte[0];
    expect(k).toBeDefined();
    const body = apiList.parse(
      await (await request.get(`/api/massnahmen?q=${encodeURIComponent(k?.titel ?? '')}`)).json(),
    );
    expect(body.kontaktstellen?.[0]).toMatchObject({ slug: k?.slug, telefon: k?.kontakt.telefon });
  });

  test('filtert wie die Liste und sortiert Suchtreffer nach Relevanz', async ({ request }) => {
    const body = apiList.parse(
      await (await request.get('/api/massnahmen?dimension=alter&richtung=aussen')).json(),
    );
    const expected = catalog.massnahmen.filter(
      (m) => m.dimensionen.includes('alter') && m.richtung.includes('aussen'),
    );
    expect(body.gesamt).toBe(expected.length);
    expect(body.massnahmen.map((m) => m.slug)).toEqual(expected.map((m) => m.slug));
    // A measure's own full title finds it among the first hits.
    const q = encodeURIComponent(firstMeasure.titel);
    const search = apiList.parse(await (await request.get(`/api/massnahmen?q=${q}`)).json());
    expect(search.massnahmen.slice(0, 3).map((m) => m.slug)).toContain(firstMeasure.slug);
  });

  test('filtert nach Angebotsart (wiederholbar, ODER) und nennt sie je Maßnahme', async ({ request }) => {
    // The two most frequent types, so the test holds for any catalogue that uses them.
    const [first, second] = catalog.angebotsarten
      .map((a) => ({
        slug: a.slug,
        n: catalog.massnahmen.filter((m) => m.angebotsart.includes(a.slug)).length,
      }))
      .sort((a, b) => b.n - a.n);
    if (!first || !second) throw new Error('Der Katalog braucht mindestens zwei Angebotsarten.');
    const res = await request.get(`/api/massnahmen?angebotsart=${first.slug}&angebotsart=${second.slug}`);
    expect(res.status()).toBe(200);
    const body = apiList.parse(await res.json());
    const expected = catalog.massnahmen.filter((m) =>
      m.angebotsart.some((a) => a === first.slug || a === second.slug),
    );
    expect(body.gesamt).toBe(expected.length);
    expect(body.massnahmen.map((m) => [m.slug, m.angebotsart])).toEqual(
      expected.map((m) => [m.slug, m.angebotsart]),
    );
    const bad = await request.get('/api/massnahmen?angebotsart=beratng');
    expect(bad.status()).toBe(400);
    expect((await bad.json()).probleme[0]).toEqual({
      parameter: 'angebotsart',
      wert: 'beratng',
      meldung: expect.stringMatching(/^Unbekannter Wert „beratng“ für Angebotsart\. Erlaubt: /),
    });
  });

  test('antwortet auf unbekannte Filterwerte mit 400 und deutscher Meldung', async ({ request }) => {
    const res = await request.get('/api/massnahmen?dimension=geschlect&neu=ja');
    expect(res.status()).toBe(400);
    expect(res.headers()['content-type']).toBe('application/json; charset=utf-8');
    const body = await res.json();
    expect(body.fehler).toMatch(/^Ungültige Anfrage/);
    expect(body.probleme[0]).toEqual({
      parameter: 'dimension',
      wert: 'geschlect',
      meldung: expect.stringMatching(/^Unbekannter Wert „geschlect“ für Dimension\. Erlaubt: /),
    });
  });

  test('liefert eine Maßnahme mit vollem Text als Markdown und HTML', async ({ request }) => {
    const m = measureWithContact;
    const contact = catalog.kontakte.find((k) => k.slug === m.kontakte?.[0]);
    const res = await request.get(`/api/massnahmen/${m.slug}`);
    expect(res.status()).toBe(200);
    const body = await res.json();
    apiItem.parse(body);
    expect(body.beschreibung.markdown).toBe(m.beschreibung.markdown);
    expect(body.beschreibung.html).toBe(m.beschreibung.html);
    expect(body.kontaktstellen[0]).toMatchObject({
      slug: contact?.slug,
      telefonLink: contact?.kontakt.telefonLink,
    });
    expect((await request.get('/api/massnahmen/gibt-es-nicht')).status()).toBe(404);
  });
});

test.describe('CSV-Export', () => {
  test('ist UTF-8 mit BOM, durch Semikolon getrennt und ergibt dieselben Zeilen wie die Auswahl', async ({
    request,
  }) => {
    const res = await request.get('/massnahmen.csv?dimension=geschlecht&richtung=aussen');
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers()['content-disposition']).toMatch(/attachment; filename="massnahmen\.csv"/);
    const bytes = await res.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(bytes.toString('utf8'), { bom: true, delimiter: ';' });
    const expected = catalog.massnahmen.filter(
      (m) => m.dimensionen.includes('geschlecht') && m.richtung.includes('aussen'),
    );
    expect(rows[0]?.slice(0, 3)).toEqual(['Titel', 'Kurztitel', 'Dimensionen']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(expected.map((m) => m.titel));
    const dimension = new Map(catalog.dimensionen.map((d) => [d.slug, d.titel]));
    expected.forEach((m, i) => {
      expect(rows[i + 1]?.[2], m.slug).toBe(m.dimensionen.map((d) => dimension.get(d)).join(', '));
      expect(rows[i + 1]?.[6], m.slug).toBe(m.neu ? 'ja' : 'nein');
      const own = catalog.kontakte.find((k) => k.slug === m.kontakte?.[0]);
      const source = rows[i + 1]?.[rows[0]?.indexOf('Wer hilft weiter: Quelle') ?? -1];
      expect(source, m.slug).toBe(
        own ? 'eigener Kontakt' : source === 'Fachbereich' ? 'Fachbereich' : 'Katalogredaktion',
      );
      expect(rows[i + 1]?.[rows[0]?.indexOf('Wer hilft weiter: E-Mail') ?? -1], m.slug).toMatch(/@/);
    });
    // The offer types as their German names, in the measure's order.
    const column = rows[0]?.indexOf('Angebotsart') ?? -1;
    expect(column).toBeGreaterThan(0);
    const titles = new Map(catalog.angebotsarten.map((a) => [a.slug, a.titel]));
    expect(rows.slice(1).map((r) => r[column])).toEqual(
      expected.map((m) => m.angebotsart.map((a) => titles.get(a)).join(', ')),
    );
  });

  test('filtert den Export nach Angebotsart', async ({ request }) => {
    const type = catalog.angebotsarten.find((a) =>
      catalog.massnahmen.some((m) => m.angebotsart.includes(a.slug)),
    );
    if (!type) throw new Error('Keine Angebotsart in Gebrauch.');
    const res = await request.get(`/massnahmen.csv?angebotsart=${type.slug}`);
    expect(res.status()).toBe(200);
    const rows: string[][] = parse(await res.text(), { bom: true, delimiter: ';' });
    expect(rows.slice(1).map((r) => r[0])).toEqual(
      catalog.massnahmen.filter((m) => m.angebotsart.includes(type.slug)).map((m) => m.titel),
    );
    expect((await request.get('/massnahmen.csv?angebotsart=gibtsnicht')).status()).toBe(400);
  });

  test('die Liste verlinkt den Export mit den aktuellen Filtern', async ({ page }) => {
    await page.goto('/massnahmen?dimension=alter&richtung=aussen&q=Senioren');
    await expect(page.getByRole('link', { name: 'Diese Auswahl als CSV herunterladen' })).toHaveAttribute(
      'href',
      '/massnahmen.csv?q=Senioren&dimension=alter&richtung=aussen',
    );
  });

  test('meldet ungültige Filter mit 400', async ({ request }) => {
    const res = await request.get('/massnahmen.csv?richtung=seitlich');
    expect(res.status()).toBe(400);
    expect(await res.text()).toContain('Unbekannter Wert „seitlich“');
  });
});

test.describe('Feed, Sitemap, robots.txt', () => {
  test('der Atom-Feed ist gültig lesbar, neue Maßnahmen zuerst, und auf jeder Seite verlinkt', async ({
    request,
    page,
  }) => {
    const res = await request.get('/feed.xml');
    expect(res.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    const feed = await new Parser().parseString(await res.text());
    expect(feed.items).toHaveLength(catalog.massnahmen.length);
    const neu = catalog.massnahmen.filter((m) => m.neu).length;
    expect(feed.items.slice(0, neu).every((i) => i.title?.startsWith('Neu: '))).toBe(true);
    expect(feed.items[neu]?.title?.startsWith('Neu: ')).toBe(false);
    const firstInFeed = catalog.massnahmen.find((m) => m.neu) ?? firstMeasure;
    expect(feed.items[0]?.link).toMatch(new RegExp(`/massnahmen/${firstInFeed.slug}$`));
    await page.goto(`/massnahmen/${firstMeasure.slug}`);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      'href',
      /\/feed\.xml$/,
    );
  });

  test('die Sitemap listet jede Seite, robots.txt verweist darauf', async ({ request }) => {
    const xml = await (await request.get('/sitemap.xml')).text();
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
    const c = catalog;
    // 13 fixed pages (start, lists, legal pages, /daten, /aenderungen …) plus one per catalogue entry.
    expect(locs).toHaveLength(
      13 +
        c.dimensionen.length +
        c.massnahmen.length +
        c.dezernate.length +
        c.fachbereiche.length +
        c.kontakte.length,
    );
    for (const m of catalog.massnahmen) expect(locs).toContain(`/massnahmen/${m.slug}`);
    for (const k of catalog.kontakte) expect(locs).toContain(`/kontakte/${k.slug}`);
    for (const path of locs.slice(0, 8)) expect((await request.get(path)).status(), path).toBe(200);
    expect(await (await request.get('/robots.txt')).text()).toMatch(
      /Sitemap: https?:\/\/[^\s]+\/sitemap\.xml/,
    );
  });
});

test.describe('Strukturierte Daten und Open Graph', () => {
  test('Maßnahmen nach außen sind GovernmentService, nach innen ehrlich als CreativeWork beschrieben', async ({
    page,
  }) => {
    const ld = async (slug: string) => {
      await page.goto(`/massnahmen/${slug}`);
      return JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    };
    const zielgruppe = new Map(catalog.zielgruppen.map((z) => [z.slug, z.titel]));
    const withChannel =
      catalog.massnahmen.find((m) => m.richtung.includes('aussen') && m.kontakte?.length) ?? measureAussen;
    const aussen = await ld(withChannel.slug);
    expect(aussen['@type']).toBe('GovernmentService');
    expect(aussen.provider.name).toContain('Stadt Herne');
    expect(aussen.audience.map((a: { audienceType: string }) => a.audienceType)).toEqual(
      withChannel.zielgruppen.map((z) => zielgruppe.get(z)),
    );
    const channel = catalog.kontakte.find((k) => k.slug === withChannel.kontakte?.[0]);
    expect(aussen.availableChannel?.[0]?.servicePhone.telephone).toBe(channel?.kontakt.telefonLink);
    const innen = await ld(measureOnlyInnen.slug);
    expect(innen['@type']).toBe('CreativeWork');
    expect(innen.audience[0].audienceType).toBe('Beschäftigte der Stadtverwaltung Herne');
  });

  for (const path of [
    '/',
    '/massnahmen',
    `/massnahmen/${firstMeasure.slug}`,
    '/dimensionen/alter',
    '/kontakte',
    '/daten',
  ]) {
    test(`${path} hat Open-Graph-Angaben`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
      await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /.{30,}/);
      await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'de_DE');
      await expect(page.locator('meta[property="og:url"]')).toHaveAttribute(
        'content',
        path === '/' ? /^https?:\/\/[^/]+\/?$/ : new RegExp(`${path}$`),
      );
    });
  }
});
