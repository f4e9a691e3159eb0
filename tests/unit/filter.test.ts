import { describe, expect, it } from 'vitest';
import { applyFilter, emptyFilter, type Filter, filterQuery, limits, parseFilter } from '@/lib/filter';
import { listing } from '@/lib/listing';
import { groupByDezernatAndUnit, relatedMassnahmen } from '@/lib/queries';
import { loadEdition } from '../edition';

// A fixed catalogue: the printed 3rd edition (tests/fixtures/auflage-3), so editors' changes to content/ never break it.
const catalog = loadEdition();
const f = (partial: Partial<Filter>): Filter => ({ ...emptyFilter, ...partial });
const count = (pred: (m: (typeof catalog.massnahmen)[number]) => boolean) =>
  catalog.massnahmen.filter(pred).length;

describe('Filter', () => {
  it('verknüpft Werte einer Gruppe mit ODER', () => {
    const { items } = applyFilter(catalog, f({ dimension: ['alter', 'behinderung'] }));
    expect(items).toHaveLength(
      count((m) => m.dimensionen.includes('alter') || m.dimensionen.includes('behinderung')),
    );
    expect(items).toHaveLength(13);
  });

  it('verknüpft Gruppen mit UND', () => {
    const { items } = applyFilter(catalog, f({ dimension: ['alter'], richtung: ['aussen'] }));
    expect(items.map((m) => m.slug)).toEqual(
      catalog.massnahmen
        .filter((m) => m.dimensionen.includes('alter') && m.richtung.includes('aussen'))
        .map((m) => m.slug),
    );
    expect(items).toHaveLength(4);
  });

  it('richtung=innen findet auch Maßnahmen mit beiden Richtungen', () => {
    const { items } = applyFilter(catalog, f({ richtung: ['innen'] }));
    expect(items.some((m) => m.richtung.length === 2)).toBe(true);
    expect(items).toHaveLength(count((m) => m.richtung.includes('innen')));
  });

  it('zählt jede Option mit den Filtern der anderen Gruppen, ohne die eigene', () => {
    const filter = f({ dimension: ['geschlecht'], richtung: ['aussen'] });
    const { counts } = applyFilter(catalog, filter);
    // Options of "dimension" ignore the dimension filter but respect richtung=aussen.
    expect(counts.dimension.get('alter')).toBe(
      count((m) => m.dimensionen.includes('alter') && m.richtung.includes('aussen')),
    );
    expect(counts.dimension.get('geschlecht')).toBe(
      count((m) => m.dimensionen.includes('geschlecht') && m.richtung.includes('aussen')),
    );
    // Options of "richtung" ignore the richtung filter but respect dimension=geschlecht.
    expect(counts.richtung.get('innen')).toBe(
      count((m) => m.dimensionen.includes('geschlecht') && m.richtung.includes('innen')),
    );
    // Other groups respect both.
    const both = (m: (typeof catalog.massnahmen)[number]) =>
      m.dimensionen.includes('geschlecht') && m.richtung.includes('aussen');
    expect(counts.zielgruppe.get('frauen-und-maedchen')).toBe(
      count((m) => both(m) && m.zielgruppen.includes('frauen-und-maedchen')),
    );
    expect(counts.neu).toBe(count((m) => both(m) && m.neu));
  });

  it('filtert Dezernate über ihren URL-Slug und neue Maßnahmen', () => {
    expect(applyFilter(catalog, f({ dezernat: ['vi'] })).items.map((m) => m.slug)).toEqual([
      'kommunales-reaktionsmanagement',
    ]);
    expect(applyFilter(catalog, f({ neu: true })).items).toHaveLength(13);
  });
});

describe('Parameter lesen', () => {
  it('liest gültige, auch wiederholte Parameter', () => {
    const sp = new URLSearchParams(
      'q=Beratung&dimension=geschlecht&dimension=alter&richtung=aussen&neu=1&zielgruppe=eltern-und-familien',
    );
    const { filter, problems, ignored } = parseFilter(sp, catalog);
    expect(problems).toEqual([]);
    expect(ignored).toEqual([]);
    expect(filter).toEqual({
      q: 'Beratung',
      dimension: ['geschlecht', 'alter'],
      dezernat: [],
      fachbereich: [],
      richtung: ['aussen'],
      zielgruppe: ['eltern-und-familien'],
      angebotsart: [],
      neu: true,
    });
    expect(filterQuery(filter)).toBe(
      'q=Beratung&dimension=geschlecht&dimension=alter&richtung=aussen&zielgruppe=eltern-und-familien&neu=1',
    );
  });

  it('meldet unbekannte Werte auf Deutsch mit den erlaubten Werten', () => {
    const { problems } = parseFilter({ dimension: 'geschlect', neu: 'vielleicht' }, catalog);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(
        /^Unbekannter Wert „geschlect“ für Dimension\. Erlaubt: uebergreifend, geschlecht,/,
      ),
      'Für „neu“ ist nur der Wert 1 erlaubt.',
    ]);
  });

  it('begrenzt überlange und zu viele Werte und ignoriert unbekannte Parameter mit Hinweis', () => {
    const long = parseFilter({ q: 'x'.repeat(limits.q + 1) }, catalog);
    expect(long.problems[0]?.message).toMatch(/zu lang/);
    const many = parseFilter(
      { zielgruppe: Array.from({ length: limits.values + 1 }, (_, i) => `z${i}`) },
      catalog,
    );
    expect(many.problems[0]?.message).toMatch(/Zu viele Werte/);
    const unknown = parseFilter({ dimensionen: 'alter', _rsc: 'abc' }, catalog);
    expect(unknown.problems).toEqual([]);
    expect(unknown.ignored).toEqual(['dimensionen']);
  });

  it('liefert bei ungültigen Angaben keine Ergebnisse', () => {
    const view = listing(catalog, { dimension: 'gibtsnicht' });
    expect(view.items).toEqual([]);
    expect(view.problems).toHaveLength(1);
  });

  it('sortiert nach Relevanz nur mit Suchbegriff', () => {
    expect(listing(catalog, {}).sort).toBe('katalog');
    expect(listing(catalog, { q: 'Mädchen' }).sort).toBe('relevanz');
    expect(listing(catalog, { sort: 'relevanz' }).sort).toBe('katalog');
    const titel = listing(catalog, { sort: 'titel' }).items.map((m) => m.titel);
    expect(titel).toEqual([...titel].sort((a, b) => a.localeCompare(b, 'de')));
  });
});

describe('Gruppierung und Ähnliches', () => {
  it('gruppiert den Abschnitt Übergreifend nach Dezernat und Fachbereich in Broschürenreihenfolge', () => {
    const groups = groupByDezernatAndUnit(
      catalog,
      catalog.massnahmen.filter((m) => m.dimensionen.includes('uebergreifend')),
    );
    expect(groups.map((g) => g.dezernat.id)).toEqual(['I', 'III', 'IV', 'VI']);
    expect(groups[0]?.units.map((u) => u.fachbereich.slug)).toEqual([
      'buero-fuer-gleichstellung-und-vielfalt',
      'buero-des-oberbuergermeisters',
      'personal-und-zentraler-service',
    ]);
    expect(groups[0]?.units[0]?.massnahmen[0]?.slug).toBe('projekt-youth-for-equality');
  });

  it('zeigt ähnliche Maßnahmen anderer Fachbereiche zuerst', () => {
    const m = catalog.massnahmen.find((x) => x.slug === 'arbeitskreis-maedchen');
    if (!m) throw new Error('Testdaten fehlen');
    const related = relatedMassnahmen(catalog, m);
    expect(related).toHaveLength(5);
    expect(related[0]?.fachbereiche[0]).not.toBe(m.fachbereiche[0]);
    for (const r of related) {
      expect(
        r.dimensionen.some((d) => m.dimensionen.includes(d)) ||
          r.zielgruppen.some((z) => m.zielgruppen.includes(z)),
      ).toBe(true);
    }
  });
});
