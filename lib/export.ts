import { richtungLabel } from './content/labels';
import type { Catalog, Kontakt, Massnahme } from './content/types';
import { hilfeFor } from './hilfe';
import { lookups } from './queries';
import { absoluteUrl } from './site';

/** „Wer hilft weiter?“ of a measure in the API: resolved phone, e-mail and where they come from. */
function hilfeField(catalog: Catalog, m: Massnahme) {
  const h = hilfeFor(catalog, m);
  return {
    quelle: h.quelle,
    stelle: h.kontakte[0]?.titel ?? '',
    telefon: h.telefon,
    telefonLink: h.telefonLink,
    email: h.email,
  };
}

/** One contact point in the API (also the `kontaktstellen` of a search, see /api/massnahmen). */
export function toApiKontakt(c: Pick<Kontakt, 'slug' | 'titel' | 'kontakt'>) {
  return { slug: c.slug, titel: c.titel, ...c.kontakt, url: absoluteUrl(`/kontakte/${c.slug}`) };
}

/** One measure in the JSON API (list view). The keys follow the front matter; `hilfe` is resolved. */
export function toApiItem(catalog: Catalog, m: Massnahme) {
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
    kontakte: m.kontakte ?? [],
    auszug: m.auszug,
    url: absoluteUrl(`/massnahmen/${m.slug}`),
    hilfe: hilfeField(catalog, m),
  };
}

/** One measure with its full text as Markdown and HTML (/api/massnahmen/<slug>). */
export function toApiDetail(catalog: Catalog, m: Massnahme) {
  const l = lookups(catalog);
  const part = (p: { markdown: string; html: string } | undefined) =>
    p ? { markdown: p.markdown, html: p.html } : null;
  return {
    ...toApiItem(catalog, m),
    verantwortlich: m.verantwortlich,
    links: m.links ?? [],
    beschreibung: part(m.beschreibung),
    ziele: part(m.ziele),
    weitereAngabenZurVerantwortung: part(m.verantwortung),
    kontaktstellen: (m.kontakte ?? []).flatMap((k) => {
      const c = l.kontakt.get(k);
      return c ? [toApiKontakt(c)] : [];
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
  'Verantwortlich',
  'Kurzbeschreibung',
  'Adresse',
  'Wer hilft weiter: Telefon',
  'Wer hilft weiter: E-Mail',
  'Wer hilft weiter: Quelle',
] as const;

/**
 * A CSV field for German Excel: always quoted; cells that a spreadsheet would run as a formula
 * (starting with = + - @, a tab or a carriage return) get a leading apostrophe (OWASP CSV injection).
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

function helpCells(catalog: Catalog, m: Massnahme): string[] {
  const h = hilfeFor(catalog, m);
  return [h.telefon, h.email, h.quelle];
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
    m.verantwortlich,
    m.auszug,
    absoluteUrl(`/massnahmen/${m.slug}`),
    ...helpCells(catalog, m),
  ]);
  return `\uFEFF${[csvColumns, ...rows].map((r) => r.map(csvField).join(';')).join('\r\n')}\r\n`;
}
