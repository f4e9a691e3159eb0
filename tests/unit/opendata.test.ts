import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Package } from 'datapackage';
import { DataFactory, Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { Table } from 'tableschema';
import { afterAll, describe, expect, it, vi } from 'vitest';

// The URI check of the Table Schema validator wants a real host name (not localhost).
vi.hoisted(() => {
  process.env.SITE_URL = 'https://vielfalt.example.org';
});

import { getCatalog } from '@/lib/content/catalog';
import { loadContent } from '@/lib/content/loader';
import type { Catalog } from '@/lib/content/types';
import { dataPackage } from '@/lib/datapackage';
import { dcatTurtle, geocodingUri, herneAgs, modifiedDate } from '@/lib/dcat';
import { csvColumns, toCsv } from '@/lib/export';
import { buildHistory, type History, parseGitLog } from '@/lib/history';
import { measureJsonLd } from '@/lib/jsonld';
import { lookups } from '@/lib/queries';

const { namedNode } = DataFactory;
const real = getCatalog();
const fixtureResult = loadContent(path.join(__dirname, '..', 'fixtures', 'content'));
if (!fixtureResult.catalog) throw new Error('Beispielkatalog ungültig');
const fixture: Catalog = fixtureResult.catalog;
const catalogs: [string, Catalog][] = [
  ['echter Katalog', real],
  ['Beispielkatalog', fixture],
];

const noHistory: History = buildHistory([]);
noHistory.available = false;
const someHistory = buildHistory(
  parseGitLog(
    `\x1e${'a'.repeat(40)}\x1f2024-03-05T00:30:00+01:00\x1f\x1fText\n\nM\tcontent/massnahmen/x.md\n`,
  ),
);

const shapesFile = path.join(__dirname, '..', 'shapes', 'dcat-ap-de-pflicht.ttl');

function parseTurtle(text: string): Store {
  return new Store(new Parser({ format: 'text/turtle' }).parse(text));
}

async function shaclReport(data: Store) {
  const shapes = parseTurtle(fs.readFileSync(shapesFile, 'utf8'));
  const report = await new SHACLValidator(shapes).validate(data);
  return {
    conforms: report.conforms,
    messages: report.results.map((r) => `${r.path?.value ?? ''}: ${r.message.map((m) => m.value).join(' ')}`),
  };
}

const ns = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dcatde: 'http://dcat-ap.de/def/dcatde/',
  dct: 'http://purl.org/dc/terms/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
};

describe('DCAT-AP.de (/daten/dcat.ttl)', () => {
  it.each(catalogs)('erfüllt die dokumentierten Pflichtregeln (SHACL): %s', async (_, catalog) => {
    const report = await shaclReport(parseTurtle(dcatTurtle(catalog, someHistory)));
    expect(report.messages).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it('die SHACL-Prüfung schlägt an, wenn Pflichtangaben fehlen', async () => {
    const store = parseTurtle(dcatTurtle(real, someHistory));
    for (const q of store.getQuads(null, namedNode(`${ns.dcat}contactPoint`), null, null))
      store.removeQuad(q);
    for (const q of store.getQuads(null, namedNode(`${ns.dct}license`), null, null)) store.removeQuad(q);
    const report = await shaclReport(store);
    expect(report.conforms).toBe(false);
    expect(report.messages.some((m) => m.includes('contactPoint'))).toBe(true);
    expect(report.messages.filter((m) => m.includes('license'))).toHaveLength(3);
  });

  it('nennt Herne mit dem Amtlichen Gemeindeschlüssel, die Herausgeberin und die Kontaktstelle', () => {
    const store = parseTurtle(dcatTurtle(real, someHistory));
    expect(herneAgs).toBe('05916000');
    const geo = store.getQuads(null, namedNode(`${ns.dcatde}politicalGeocodingURI`), null, null);
    expect(geo.map((q) => q.object.value)).toEqual([geocodingUri]);
    const fn = store.getQuads(null, namedNode(`${ns.vcard}fn`), null, null).map((q) => q.object.value);
    expect(fn).toEqual([real.katalog.herausgeberin.stelle]);
    const mail = store.getQuads(null, namedNode(`${ns.vcard}hasEmail`), null, null);
    expect(mail.map((q) => q.object.value)).toEqual([`mailto:${real.katalog.herausgeberin.email}`]);
    const distributions = store.getQuads(null, namedNode(`${ns.dcat}accessURL`), null, null);
    expect(distributions.map((q) => new URL(q.object.value).pathname).sort()).toEqual([
      '/api/massnahmen',
      '/feed.xml',
      '/massnahmen.csv',
    ]);
  });

  it('markiert die Lizenz deutlich als Platzhalter', () => {
    const text = dcatTurtle(real, someHistory);
    expect(text).toMatch(/^# LIZENZ: PLATZHALTER/m);
    expect(text).toContain('"PLATZHALTER – [Von der Stadt Herne zu entscheiden');
  });

  it('nimmt als Änderungsdatum den letzten Commit, ohne Verlauf den Stand der Auflage – nie die Bauzeit', () => {
    expect(modifiedDate(real, someHistory)).toBe('2024-03-05T00:30:00+01:00');
    expect(modifiedDate(fixture, noHistory)).toBe('2024-08-01T00:00:00.000Z');
    const store = parseTurtle(dcatTurtle(fixture, noHistory));
    const modified = store.getQuads(null, namedNode(`${ns.dct}modified`), null, null);
    expect(new Set(modified.map((q) => q.object.value))).toEqual(new Set(['2024-08-01T00:00:00.000Z']));
  });
});

describe('Data Package (/datapackage.json)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'datenpaket-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Validates the descriptor (datapackage) and every CSV row against its Table Schema (tableschema). */
  async function validate(catalog: Catalog, csv: string) {
    const descriptor = dataPackage(catalog);
    const resource = descriptor.resources[0];
    if (!resource) throw new Error('keine Ressource');
    const file = path.join(dir, 'massnahmen.csv');
    fs.writeFileSync(file, csv);
    const pkg = await Package.load(
      { ...descriptor, resources: [{ ...resource, path: 'massnahmen.csv' }] },
      { basePath: dir },
    );
    const table = await Table.load(file, {
      schema: resource.schema,
      delimiter: resource.dialect.delimiter,
      quote: resource.dialect.quoteChar,
      // The resource says: UTF-8 with byte order mark.
      bom: true,
    });
    return { pkg, table, rows: () => table.read({ cast: true, keyed: true }) };
  }

  it.each(catalogs)('ist gültig und jede Zeile der CSV passt zum Schema: %s', async (_, catalog) => {
    const csv = toCsv(catalog, catalog.massnahmen);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const { pkg, table, rows } = await validate(catalog, csv);
    expect(pkg.errors.map((e) => e.message)).toEqual([]);
    expect(pkg.valid).toBe(true);
    const read = await rows();
    expect(table.headers).toEqual(csvColumns);
    expect(read).toHaveLength(catalog.massnahmen.length);
    expect(read.map((r) => r.Neu)).toEqual(catalog.massnahmen.map((m) => m.neu));
  });

  it('beschreibt Version 2, Semikolon, UTF-8 mit BOM und die Spalten der CSV', () => {
    const d = dataPackage(fixture);
    const r = d.resources[0];
    expect(d.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    expect(r?.dialect).toMatchObject({ delimiter: ';', header: true, lineTerminator: '\r\n' });
    expect(r?.encoding).toBe('utf-8');
    expect(r?.description).toContain('Byte Order Mark');
    expect(r?.schema.fields.map((f) => f.name)).toEqual(csvColumns);
  });

  it('leitet die Aufzählungen aus den Vokabularen ab', () => {
    const fields = new Map(dataPackage(fixture).resources[0]?.schema.fields.map((f) => [f.name, f]));
    expect(fields.get('Dezernat')?.constraints?.enum).toEqual(fixture.dezernate.map((d) => d.titel));
    const l = lookups(fixture);
    for (const z of fixture.zielgruppen) {
      expect(fields.get('Zielgruppen')?.description).toContain(l.zielgruppe.get(z.slug)?.titel);
    }
    expect(fields.get('Neu')).toMatchObject({ type: 'boolean', trueValues: ['ja'], falseValues: ['nein'] });
  });

  it.each([
    ['einen unbekannten Abschnitt', (csv: string) => csv.replace('"Geschlecht', '"Unbekannt')],
    ['ein unbekanntes Dezernat', (csv: string) => csv.replace(/;"Dezernat [^"]*"/, ';"Dezernat XIV"')],
    ['ein falsches Ja/Nein', (csv: string) => csv.replace(/;"(ja|nein)";/, ';"vielleicht";')],
    ['einen fehlenden Titel', (csv: string) => csv.replace(/\r\n"[^"]+";/, '\r\n"";')],
  ])('meldet %s in der CSV', async (_, change) => {
    const csv = toCsv(real, real.massnahmen);
    const broken = change(csv);
    expect(broken).not.toBe(csv);
    const { rows } = await validate(real, broken);
    await expect(rows()).rejects.toThrow();
  });
});

describe('schema.org', () => {
  it.each(catalogs)('beschreibt Maßnahmen für Bürger*innen als GovernmentService: %s', (_, catalog) => {
    const l = lookups(catalog);
    const outward = catalog.massnahmen.filter((m) => m.richtung.includes('aussen'));
    expect(outward.length).toBeGreaterThan(0);
    for (const m of outward) {
      const ld = measureJsonLd(catalog, m) as Record<string, unknown>;
      expect(ld['@context']).toBe('https://schema.org');
      expect(ld['@type']).toBe('GovernmentService');
      expect(ld.name).toBe(m.titel);
      expect(ld.provider).toMatchObject({
        '@type': 'GovernmentOrganization',
        parentOrganization: { '@type': 'GovernmentOrganization', name: 'Stadt Herne' },
      });
      for (const f of m.fachbereiche) {
        expect((ld.provider as { name: string }).name).toContain(l.fachbereich.get(f)?.titel);
      }
      expect(ld.areaServed).toEqual({ '@type': 'City', name: 'Herne' });
      expect(ld.audience).toEqual(
        m.zielgruppen.map((z) => ({ '@type': 'Audience', audienceType: l.zielgruppe.get(z)?.titel })),
      );
    }
  });

  it('beschreibt Maßnahmen nur nach innen nicht als Dienstleistung', () => {
    for (const m of real.massnahmen.filter((x) => !x.richtung.includes('aussen'))) {
      expect((measureJsonLd(real, m) as Record<string, unknown>)['@type']).not.toBe('GovernmentService');
    }
  });
});
