import type { Angebotsart, Dezernat, Dimension, Fachbereich, Zielgruppe } from './content/schema';
import type { Catalog, Kontakt, Massnahme } from './content/types';

/** Lookups by slug/id, built once per catalogue. */
export interface Lookups {
  massnahme: Map<string, Massnahme>;
  dimension: Map<string, Dimension>;
  dezernatById: Map<string, Dezernat>;
  dezernatBySlug: Map<string, Dezernat>;
  fachbereich: Map<string, Fachbereich>;
  zielgruppe: Map<string, Zielgruppe>;
  angebotsart: Map<string, Angebotsart>;
  kontakt: Map<string, Kontakt>;
}

const cache = new WeakMap<Catalog, Lookups>();

export function lookups(catalog: Catalog): Lookups {
  let l = cache.get(catalog);
  if (!l) {
    l = {
      massnahme: new Map(catalog.massnahmen.map((m) => [m.slug, m])),
      dimension: new Map(catalog.dimensionen.map((d) => [d.slug, d])),
      dezernatById: new Map(catalog.dezernate.map((d) => [d.id, d])),
      dezernatBySlug: new Map(catalog.dezernate.map((d) => [d.slug, d])),
      fachbereich: new Map(catalog.fachbereiche.map((f) => [f.slug, f])),
      zielgruppe: new Map(catalog.zielgruppen.map((z) => [z.slug, z])),
      angebotsart: new Map(catalog.angebotsarten.map((a) => [a.slug, a])),
      kontakt: new Map(catalog.kontakte.map((k) => [k.slug, k])),
    };
    cache.set(catalog, l);
  }
  return l;
}

export function inDimension(catalog: Catalog, slug: string): Massnahme[] {
  return catalog.massnahmen.filter((m) => m.dimensionen.includes(slug));
}

export interface UnitGroup {
  fachbereich: Fachbereich;
  massnahmen: Massnahme[];
}
export interface DezernatGroup {
  dezernat: Dezernat;
  units: UnitGroup[];
}

/**
 * Groups measures by Dezernat and leading unit in order of first appearance, which
 * keeps the brochure's order when the input is in brochure order.
 */
export function groupByDezernatAndUnit(catalog: Catalog, measures: readonly Massnahme[]): DezernatGroup[] {
  const l = lookups(catalog);
  const groups: DezernatGroup[] = [];
  for (const m of [...measures].sort((a, b) => (a.reihenfolge ?? 1e9) - (b.reihenfolge ?? 1e9))) {
    const dezernat = l.dezernatById.get(m.dezernat);
    const unit = l.fachbereich.get(m.fachbereiche[0] ?? '');
    if (!dezernat || !unit) continue;
    let dg = groups.find((g) => g.dezernat.id === dezernat.id);
    if (!dg) {
      dg = { dezernat, units: [] };
      groups.push(dg);
    }
    let ug = dg.units.find((u) => u.fachbereich.slug === unit.slug);
    if (!ug) {
      ug = { fachbereich: unit, massnahmen: [] };
      dg.units.push(ug);
    }
    ug.massnahmen.push(m);
  }
  return groups;
}

export interface DimensionGroup {
  dimension: Dimension;
  massnahmen: Massnahme[];
}

/** Groups measures by section in section order; a measure in two sections appears in both. */
export function groupByDimension(catalog: Catalog, measures: readonly Massnahme[]): DimensionGroup[] {
  return catalog.dimensionen
    .map((dimension) => ({
      dimension,
      massnahmen: measures.filter((m) => m.dimensionen.includes(dimension.slug)),
    }))
    .filter((g) => g.massnahmen.length > 0);
}

/**
 * "Ähnliche Maßnahmen": sharing a section or a target group. Measures of other units
 * come first (the catalogue wants departments to find each other), then by how much
 * they share, then brochure order.
 */
export function relatedMassnahmen(catalog: Catalog, m: Massnahme, limit = 5): Massnahme[] {
  const scored = catalog.massnahmen
    .filter((o) => o.slug !== m.slug)
    .map((o) => {
      const sharedGroups = o.zielgruppen.filter((z) => m.zielgruppen.includes(z)).length;
      const sharedSections = o.dimensionen.filter((d) => m.dimensionen.includes(d)).length;
      const otherUnit = o.fachbereiche[0] !== m.fachbereiche[0];
      return { o, score: sharedGroups * 2 + sharedSections, otherUnit };
    })
    .filter((x) => x.score > 0);
  scored.sort(
    (a, b) =>
      Number(b.otherUnit) - Number(a.otherUnit) ||
      b.score - a.score ||
      (a.o.reihenfolge ?? 1e9) - (b.o.reihenfolge ?? 1e9),
  );
  return scored.slice(0, limit).map((x) => x.o);
}

export function measuresForKontakt(catalog: Catalog, slug: string): Massnahme[] {
  return catalog.massnahmen.filter((m) => m.kontakte?.includes(slug));
}

export function measuresForFachbereich(catalog: Catalog, slug: string): Massnahme[] {
  return catalog.massnahmen.filter((m) => m.fachbereiche.includes(slug));
}

export function measuresForDezernat(catalog: Catalog, id: string): Massnahme[] {
  return catalog.massnahmen.filter((m) => m.dezernat === id);
}

/** German plural helper: "1 Maßnahme", "3 Maßnahmen". */
export function countLabel(n: number, one = 'Maßnahme', many = 'Maßnahmen'): string {
  return `${n} ${n === 1 ? one : many}`;
}
