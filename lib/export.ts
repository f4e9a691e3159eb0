import { richtungLabel } from './content/labels';
import type { Catalog, Massnahme } from './content/types';
import { lookups } from './queries';
import { absoluteUrl } from './site';

/** One measure in the JSON API (list view). The keys follow the front matter. */
export function toApiItem(m: Massnahme) {
  return {
    slug: m.slug,
    titel: m.titel,
    ...(m.kurztitel ? { kurztitel: m.kurztitel } : {}),
    dimensionen: m.dimensionen,
    dezernat: m.dezernat,
    fachbereiche: m.fachbereiche,
    richtung: m.richtung,
    neu: m.neu,
    zielgruppen: m.zielgruppen,
    angebotsart: m.angebotsart,
    kontakte: m.kontakte ?? [],
    auszug: m.auszug,
    url: absoluteUrl(`/massnahmen/${m.slug}`),
  };
}

/** One measure with its full text as Markdown and HTML (/api/massnahmen/<slug>). */
export function toApiDetail(catalog: Catalog, m: Massnahme) {
  const l = lookups(catalog);
  const part = (p: { markdown: string; html: string } | undefined) =>
    p ? { markdown: p.markdown, html: p.html } : null;
  return {
    ...toApiItem(m),
    verantwortlich: m.verantwortlich,
    links: m.links ?? [],
    beschreibung: part(m.beschreibung),
    ziele: part(m.ziele),
    weitereAngabenZurVerantwortung: part(m.verantwortung),
    kontaktstellen: (m.kontakte ?? []).flatMap((k) => {
      const c = l.kontakt.get(k);
      return c
        ? [{ slug: c.slug, titel: c.titel, ...c.kontakt, url: absoluteUrl(`/kontakte/${c.slug}`) }]
        : [];
    }),
  };
}

export const csvColumns = [
  'Titel',
  'Kurztitel',
  'Dimensionen',
  'Dezernat',
  'Fachbereiche',
  'Richtung',
  'Neu',
  'Zielgruppen',
  'Angebotsart',
  'Verantwortlich',
  'Kurzbeschreibung',
  'Adresse',
] as const;

/** A CSV field for German Excel: always quoted; cells that Excel would run as a formula are defused. */
function csvField(value: string): string {
  const safe = /^[=+@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** CSV for German Excel: UTF-8 with BOM, ";" separated, CRLF line ends, one row per measure. */
export function toCsv(catalog: Catalog, items: readonly Massnahme[]): string {
  const l = lookups(catalog);
  const rows = items.map((m) => [
    m.titel,
    m.kurztitel ?? '',
    m.dimensionen.map((d) => l.dimension.get(d)?.titel ?? d).join(', '),
    l.dezernatById.get(m.dezernat)?.titel ?? m.dezernat,
    m.fachbereiche.map((f) => l.fachbereich.get(f)?.titel ?? f).join(', '),
    m.richtung.map((r) => richtungLabel(r, 'csv')).join(', '),
    m.neu ? 'ja' : 'nein',
    m.zielgruppen.map((z) => l.zielgruppe.get(z)?.titel ?? z).join(', '),
    m.angebotsart.map((a) => l.angebotsart.get(a)?.titel ?? a).join(', '),
    m.verantwortlich,
    m.auszug,
    absoluteUrl(`/massnahmen/${m.slug}`),
  ]);
  return `\uFEFF${[csvColumns, ...rows].map((r) => r.map(csvField).join(';')).join('\r\n')}\r\n`;
}
