import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/loader';
import type { Catalog } from '@/lib/content/types';
import { toApiItem, toCsv } from '@/lib/export';
import { applyFilter, emptyFilter, type Filter, filterQuery, parseFilter } from '@/lib/filter';
import { listing } from '@/lib/listing';

/** The offer type (`angebotsart`) on the fixture catalogue: filter, counts, API and CSV. */
const { catalog: loaded, problems } = loadContent(path.join(__dirname, '..', 'fixtures', 'content'));
if (!loaded) throw new Error(`Beispielkatalog ungültig: ${JSON.stringify(problems)}`);
const catalog: Catalog = loaded;
const f = (partial: Partial<Filter>): Filter => ({ ...emptyFilter, ...partial });
const slugsWith = (type: string) =>
  catalog.massnahmen.filter((m) => m.angebotsart.includes(type)).map((m) => m.slug);
const types = catalog.angebotsarten.map((a) => a.slug);
const used = types.filter((t) => slugsWith(t).length > 0);

describe('Angebotsart im Beispielkatalog', () => {
  it('lädt die Wortliste und jede Maßnahme hat mindestens eine Art daraus', () => {
    expect(types.length).toBeGreaterThan(1);
    expect(used.length).toBeGreaterThan(1);
    for (const m of catalog.massnahmen) {
      expect(m.angebotsart.length, m.slug).toBeGreaterThan(0);
      for (const a of m.angebotsart) expect(types, m.slug).toContain(a);
    }
  });
});

describe('Filter angebotsart', () => {
  it('liest den Parameter wiederholt, ohne Dubletten und leere Werte', () => {
    const [a, b] = used as [string, string];
    const sp = new URLSearchParams();
    for (const v of [a, b, a, '', ' ']) sp.append('angebotsart', v);
    const { filter, problems: p } = parseFilter(sp, catalog);
    expect(p).toEqual([]);
    expect(filter.angebotsart).toEqual([a, b]);
    expect(filterQuery(filter)).toBe(`angebotsart=${a}&angebotsart=${b}`);
  });

  it('meldet unbekannte Werte auf Deutsch mit allen erlaubten Werten und wirft nie', () => {
    const { problems: p } = parseFilter({ angebotsart: ['beratng', 'x'.repeat(500)] }, catalog);
    expect(p).toHaveLength(2);
    expect(p[0]).toEqual({
      param: 'angebotsart',
      value: 'beratng',
      message: `Unbekannter Wert „beratng“ für Angebotsart. Erlaubt: ${types.join(', ')}.`,
    });
    expect(p[1]?.value.length).toBeLessThanOrEqual(100);
    // Odd shapes from the framework never throw.
    for (const raw of [{ angebotsart: { a: 1 } }, { angebotsart: [1, null] }, null, 'angebotsart']) {
      expect(() => parseFilter(raw as never, catalog)).not.toThrow();
    }
    const view = listing(catalog, { angebotsart: 'beratng' });
    expect(view.items).toEqual([]);
    expect(view.problems[0]?.param).toBe('angebotsart');
  });

  it('filtert mit ODER innerhalb der Gruppe und UND mit anderen Gruppen', () => {
    for (const t of used) {
      expect(applyFilter(catalog, f({ angebotsart: [t] })).items.map((m) => m.slug)).toEqual(slugsWith(t));
    }
    const either = applyFilter(catalog, f({ angebotsart: used })).items.map((m) => m.slug);
    expect(either).toEqual(
      catalog.massnahmen.filter((m) => m.angebotsart.some((a) => used.includes(a))).map((m) => m.slug),
    );
    for (const r of ['innen', 'aussen']) {
      for (const t of used) {
        expect(applyFilter(catalog, f({ angebotsart: [t], richtung: [r] })).items.map((m) => m.slug)).toEqual(
          catalog.massnahmen
            .filter((m) => m.angebotsart.includes(t) && (m.richtung as string[]).includes(r))
            .map((m) => m.slug),
        );
      }
    }
  });

  it('zählt jede Art mit den Filtern der anderen Gruppen, ohne die eigene', () => {
    const [a] = used as [string];
    for (const r of ['innen', 'aussen']) {
      const { counts } = applyFilter(catalog, f({ angebotsart: [a], richtung: [r] }));
      const inDirection = catalog.massnahmen.filter((m) => (m.richtung as string[]).includes(r));
      for (const t of types) {
        const n = inDirection.filter((m) => m.angebotsart.includes(t)).length;
        expect(counts.angebotsart.get(t) ?? 0, `${r}/${t}`).toBe(n);
      }
      // The direction group counts only measures of the selected type.
      expect(counts.richtung.get(r) ?? 0).toBe(inDirection.filter((m) => m.angebotsart.includes(a)).length);
    }
  });
});

describe('Ausgaben', () => {
  it('die API nennt die Angebotsarten jeder Maßnahme als Slugs', () => {
    for (const m of catalog.massnahmen) expect(toApiItem(catalog, m).angebotsart).toEqual(m.angebotsart);
  });

  it('die CSV hat eine Spalte „Angebotsart“ mit den Namen aus der Wortliste', () => {
    const rows: string[][] = parse(toCsv(catalog, catalog.massnahmen), { bom: true, delimiter: ';' });
    const column = rows[0]?.indexOf('Angebotsart') ?? -1;
    expect(column).toBeGreaterThan(0);
    const titles = new Map(catalog.angebotsarten.map((a) => [a.slug, a.titel]));
    expect(rows.slice(1).map((r) => r[column])).toEqual(
      catalog.massnahmen.map((m) => m.angebotsart.map((a) => titles.get(a)).join(', ')),
    );
  });
});
