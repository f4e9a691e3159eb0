import { describe, expect, it } from 'vitest';
import { getCatalog } from '@/lib/content/catalog';
import type { Massnahme } from '@/lib/content/types';
import { applyFilter, emptyFilter, type FacetKey, type Filter, facetKeys, facetOptions } from '@/lib/filter';
import { listing } from '@/lib/listing';
import { searchIndex } from '@/lib/search';

/**
 * applyFilter counts in one pass over the pool. This is the straightforward
 * version it replaced (one rescan of the pool per facet); both must agree exactly,
 * including the order of the count maps.
 */
function reference(filter: Filter, pool: readonly Massnahme[]) {
  const catalog = getCatalog();
  const dezernatSlug = new Map(catalog.dezernate.map((d) => [d.id, d.slug]));
  const values = (m: Massnahme, key: FacetKey): readonly string[] =>
    ({
      dimension: m.dimensionen,
      dezernat: [dezernatSlug.get(m.dezernat) ?? m.dezernat],
      fachbereich: m.fachbereiche,
      richtung: m.richtung,
      zielgruppe: m.zielgruppen,
      angebotsart: m.angebotsart,
    })[key];
  const matches = (m: Massnahme, f: Filter, except?: FacetKey) =>
    (!f.neu || m.neu) &&
    facetKeys.every((k) => k === except || !f[k].length || f[k].some((w) => values(m, k).includes(w)));
  const counts: Record<string, [string, number][]> = {};
  for (const key of facetKeys) {
    const map = new Map<string, number>();
    for (const m of pool)
      if (matches(m, filter, key)) for (const v of values(m, key)) map.set(v, (map.get(v) ?? 0) + 1);
    counts[key] = [...map];
  }
  return {
    items: pool.filter((m) => matches(m, filter)).map((m) => m.slug),
    counts,
    neu: pool.filter((m) => m.neu && matches(m, { ...filter, neu: false })).length,
  };
}

/** A small deterministic pseudo-random generator, so failures can be reproduced. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

describe('applyFilter', () => {
  const catalog = getCatalog();
  const options = facetOptions(catalog);
  const pools: readonly Massnahme[][] = [
    catalog.massnahmen,
    searchIndex(catalog)
      .search('Beratung')
      .map((h) => h.massnahme),
    searchIndex(catalog)
      .search('Kinder Jugendliche')
      .map((h) => h.massnahme),
    [...catalog.massnahmen].reverse().slice(0, 30),
  ];

  it('gibt dieselben Treffer und Zahlen wie die einfache Fassung', () => {
    const rnd = random(42);
    for (let i = 0; i < 300; i++) {
      const filter: Filter = { ...emptyFilter, neu: rnd() < 0.2 };
      for (const key of facetKeys) {
        if (rnd() < 0.5) continue;
        filter[key] = options[key].filter(() => rnd() < 0.25).map((o) => o.value);
      }
      const pool = pools[i % pools.length] as Massnahme[];
      const got = applyFilter(catalog, filter, pool);
      const want = reference(filter, pool);
      expect(got.items.map((m) => m.slug)).toEqual(want.items);
      expect(Object.fromEntries(facetKeys.map((k) => [k, [...got.counts[k]]]))).toEqual(want.counts);
      expect(got.counts.neu).toBe(want.neu);
    }
  });

  it('kommt mit Kopien von Maßnahmen und unbekannten Werten zurecht', () => {
    const pool = catalog.massnahmen
      .slice(0, 10)
      .map((m) => ({ ...m, zielgruppen: [...m.zielgruppen, 'neu-x'] }));
    const filter: Filter = { ...emptyFilter, zielgruppe: ['neu-x', 'gibt-es-nicht'] };
    const got = applyFilter(catalog, filter, pool);
    const want = reference(filter, pool);
    expect(got.items.map((m) => m.slug)).toEqual(want.items);
    expect(Object.fromEntries(facetKeys.map((k) => [k, [...got.counts[k]]]))).toEqual(want.counts);
  });
});

describe('listing: Sortierung', () => {
  const catalog = getCatalog();
  const order = new Map(catalog.massnahmen.map((m, i) => [m.slug, i]));

  it.each(['q=Beratung', 'q=Frauen', 'dimension=alter', ''])(
    'sortiert „%s“ nach Titel und Katalog wie vorher',
    (q) => {
      const relevance = listing(catalog, new URLSearchParams(q)).items;
      const byTitle = listing(catalog, new URLSearchParams(`${q}&sort=titel`)).items.map((m) => m.slug);
      expect(byTitle).toEqual(
        [...relevance].sort((a, b) => a.titel.localeCompare(b.titel, 'de')).map((m) => m.slug),
      );
      const byCatalogue = listing(catalog, new URLSearchParams(`${q}&sort=katalog`)).items.map((m) => m.slug);
      expect(byCatalogue).toEqual(
        [...relevance].sort((a, b) => (order.get(a.slug) ?? 0) - (order.get(b.slug) ?? 0)).map((m) => m.slug),
      );
    },
  );
});
