/**
 * What the end-to-end tests expect, derived from the catalogue the site was built from
 * (content/), so that editors can add, change and remove measures without breaking a test.
 * The brochure's own figures are checked on the frozen edition (tests/unit/content.test.ts).
 */
import { getCatalog } from '../../lib/content/catalog';
import type { Massnahme } from '../../lib/content/types';

export const catalog = getCatalog();
export const count = (pred: (m: Massnahme) => boolean) => catalog.massnahmen.filter(pred).length;
/** Number of measure entries over all sections (a measure in two sections is listed twice). */
export const sectionEntries = catalog.massnahmen.reduce((n, m) => n + m.dimensionen.length, 0);

function pick<T>(items: readonly T[], pred: (item: T) => boolean, what: string): T {
  const found = items.find(pred);
  if (!found) throw new Error(`Der Katalog enthält keine ${what}; die Tests brauchen mindestens eine.`);
  return found;
}
const byCount = <T>(items: readonly T[], n: (item: T) => number) =>
  [...items].sort((a, b) => n(b) - n(a))[0] as T;

/** A measure with a contact point (the richest measure page). */
export const measureWithContact = pick(
  catalog.massnahmen,
  (m) => (m.kontakte?.length ?? 0) > 0,
  'Maßnahme mit Anlaufstelle',
);
export const measureAussen = pick(
  catalog.massnahmen,
  (m) => m.richtung.includes('aussen'),
  'Maßnahme nach außen',
);
export const measureOnlyInnen = pick(
  catalog.massnahmen,
  (m) => m.richtung.length === 1 && m.richtung[0] === 'innen',
  'Maßnahme nur nach innen',
);
/** The section, Dezernat, unit and contact point with the most measures. */
export const busiestDimension = byCount(catalog.dimensionen, (d) =>
  count((m) => m.dimensionen.includes(d.slug)),
);
export const busiestDezernat = byCount(catalog.dezernate, (d) => count((m) => m.dezernat === d.id));
export const busiestUnit = byCount(catalog.fachbereiche, (f) =>
  count((m) => m.fachbereiche.includes(f.slug)),
);
export const busiestContact = byCount(catalog.kontakte, (k) =>
  count((m) => m.kontakte?.includes(k.slug) ?? false),
);
/** The first measure of the catalogue in brochure order. */
export const firstMeasure = pick(catalog.massnahmen, () => true, 'Maßnahme');
