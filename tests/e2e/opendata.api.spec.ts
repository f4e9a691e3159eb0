import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { Package } from 'datapackage';
import { DataFactory, Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import RssParser from 'rss-parser';
import { getCatalog } from '../../lib/content/catalog';
import { resourceCsp } from '../../lib/security-headers';
import { standDate } from '../../lib/site';
import { gitLog, measureFiles } from './git-history';

const catalog = getCatalog();
/** Newest real change of a measure file, straight from git; without one the edition date stands in. */
const newestChange = gitLog(measureFiles).entries[0]?.date;

const turtle = (text: string) => new Store(new Parser({ format: 'text/turtle' }).parse(text));

test.describe('Metadaten für Open-Data-Portale', () => {
  test('/daten/dcat.ttl ist Turtle nach DCAT-AP.de und erfüllt die Pflichtregeln', async ({ request }) => {
    const res = await request.get('/daten/dcat.ttl');
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('text/turtle; charset=utf-8');
    expect(res.headers()['content-security-policy']).toBe(resourceCsp);
    const data = turtle(await res.text());
    const shapes = turtle(
      fs.readFileSync(path.join(__dirname, '..', 'shapes', 'dcat-ap-de-pflicht.ttl'), 'utf8'),
    );
    const report = await new SHACLValidator(shapes).validate(data);
    expect(report.results.map((r) => r.message.map((m) => m.value).join(' '))).toEqual([]);
    const modified = data.getQuads(
      null,
      DataFactory.namedNode('http://purl.org/dc/terms/modified'),
      null,
      null,
    );
    const expected = newestChange ? Date.parse(newestChange) : standDate(catalog.katalog.stand).getTime();
    expect(new Set(modified.map((q) => Date.parse(q.object.value)))).toEqual(new Set([expected]));
  });

  test('/datapackage.json beschreibt genau die Spalten der CSV und ist ein gültiges Data Package', async ({
    request,
  }) => {
    const res = await request.get('/datapackage.json');
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers()['content-security-policy']).toBe(resourceCsp);
    const descriptor = await res.json();
    const resource = descriptor.resources[0];
    const csv = await (await request.get(new URL(resource.path).pathname)).text();
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const header = csv
      .slice(1, csv.indexOf('\r\n'))
      .split(';')
      .map((h) => h.replace(/^"|"$/g, ''));
    expect(resource.schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
    const dezernat = resource.schema.fields.find((f: { name: string }) => f.name === 'Dezernat');
    expect(dezernat.constraints.enum).toEqual(catalog.dezernate.map((d) => d.titel));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dp-e2e-'));
    try {
      fs.writeFileSync(path.join(dir, 'massnahmen.csv'), csv);
      const pkg = await Package.load(
        { ...descriptor, resources: [{ ...resource, path: 'massnahmen.csv' }] },
        { basePath: dir },
      );
      expect(pkg.errors.map((e) => e.message)).toEqual([]);
      expect(pkg.valid).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('/aenderungen/feed.xml ist ein Atom-Feed der Änderungen, der neueste zuerst', async ({ request }) => {
    const res = await request.get('/aenderungen/feed.xml');
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(res.headers()['content-security-policy']).toBe(resourceCsp);
    const feed = await new RssParser().parseString(await res.text());
    expect(feed.title).toContain('Änderungen');
    expect(feed.items.length).toBeLessThanOrEqual(50);
    if (newestChange) expect(Date.parse(feed.items[0]?.isoDate ?? '')).toBe(Date.parse(newestChange));
    const dates = feed.items.map((i) => Date.parse(i.isoDate ?? ''));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const item of feed.items) expect(item.title).toMatch(/^(Hinzugefügt|Geändert|Entfernt): /);
  });
});
