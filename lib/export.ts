import { richtungen, richtungLabel } from './content/labels';
import type { Catalog, Kontakt, Massnahme } from './content/types';
import { hilfeFor, hilfeQuellen } from './hilfe';
import { type Lookups, lookups } from './queries';
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

/** How several values share one CSV cell. */
export const csvListSeparator = ', ';

/**
 * One CSV column: how its cell is written and what it holds. The Data Package's Table Schema
 * (lib/datapackage.ts) is derived from this list, so a new column or vocabulary appears there too.
 */
export interface CsvColumn {
  name: string;
  description: string;
  /** The cell of one measure. */
  cell: (m: Massnahme, l: Lookups, catalog: Catalog) => string;
  /** Every value allowed in the cell, when it comes from a vocabulary. */
  vocabulary?: (catalog: Catalog) => string[];
  /** Several vocabulary values, joined by csvListSeparator. */
  list?: boolean;
  /** The cell is never empty. */
  required?: boolean;
  /** A yes/no column: the words for true and false. */
  boolean?: { true: string; false: string };
  /** The cell is an absolute URL. */
  url?: boolean;
}

const list = (values: string[]) => values.join(csvListSeparator);

export const csvColumnDefs: readonly CsvColumn[] = [
  { name: 'Titel', description: 'Titel der Maßnahme', cell: (m) => m.titel, required: true },
  { name: 'Kurztitel', description: 'Kurzer Titel, falls vorhanden', cell: (m) => m.kurztitel ?? '' },
  {
    name: 'Dimensionen',
    description: 'Abschnitte (Diversity-Dimensionen) des Katalogs',
    cell: (m, l) => list(m.dimensionen.map((d) => l.dimension.get(d)?.titel ?? d)),
    vocabulary: (c) => c.dimensionen.map((d) => d.titel),
    list: true,
    required: true,
  },
  {
    name: 'Dezernat',
    description: 'Zuständiges Dezernat',
    cell: (m, l) => l.dezernatById.get(m.dezernat)?.titel ?? m.dezernat,
    vocabulary: (c) => c.dezernate.map((d) => d.titel),
    required: true,
  },
  {
    name: 'Fachbereiche',
    description: 'Fachbereiche oder Büros; der erste ist federführend',
    cell: (m, l) => list(m.fachbereiche.map((f) => l.fachbereich.get(f)?.titel ?? f)),
    vocabulary: (c) => c.fachbereiche.map((f) => f.titel),
    list: true,
    required: true,
  },
  {
    name: 'Richtung',
    description: 'Nach innen (für Beschäftigte) und/oder nach außen (für die Öffentlichkeit)',
    cell: (m) => list(m.richtung.map((r) => richtungLabel(r, 'csv'))),
    vocabulary: () => richtungen.map((r) => richtungLabel(r, 'csv')),
    list: true,
    required: true,
  },
  {
    name: 'Neu',
    description: 'In der aktuellen Auflage neu',
    cell: (m) => (m.neu ? 'ja' : 'nein'),
    boolean: { true: 'ja', false: 'nein' },
    required: true,
  },
  {
    name: 'Zielgruppen',
    description: 'Zielgruppen der Maßnahme',
    cell: (m, l) => list(m.zielgruppen.map((z) => l.zielgruppe.get(z)?.titel ?? z)),
    vocabulary: (c) => c.zielgruppen.map((z) => z.titel),
    list: true,
  },
  {
    name: 'Verantwortlich',
    description: 'Wer für die Maßnahme verantwortlich ist',
    cell: (m) => m.verantwortlich,
    required: true,
  },
  {
    name: 'Kurzbeschreibung',
    description: 'Erster Satz der Beschreibung',
    cell: (m) => m.auszug,
    required: true,
  },
  {
    name: 'Adresse',
    description: 'Adresse der Seite der Maßnahme im Web',
    cell: (m) => absoluteUrl(`/massnahmen/${m.slug}`),
    url: true,
    required: true,
  },
  {
    name: 'Wer hilft weiter: Telefon',
    description: 'Telefon der Stelle, die weiterhilft (eigener Kontakt, Fachbereich oder Katalogredaktion)',
    cell: (m, _l, c) => hilfeFor(c, m).telefon,
  },
  {
    name: 'Wer hilft weiter: E-Mail',
    description: 'E-Mail-Adresse der Stelle, die weiterhilft',
    cell: (m, _l, c) => hilfeFor(c, m).email,
  },
  {
    name: 'Wer hilft weiter: Quelle',
    description: 'Woher Telefon und E-Mail stammen',
    cell: (m, _l, c) => hilfeFor(c, m).quelle,
    vocabulary: () => [...hilfeQuellen],
    required: true,
  },
];

export const csvColumns = csvColumnDefs.map((c) => c.name);

/**
 * A cell value as the CSV holds it: a value that a spreadsheet would run as a formula (starting
 * with = + - @, a tab or a carriage return) is defused with "'" (OWASP CSV injection).
 */
export function excelSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A CSV field for German Excel: always quoted, formula-safe. */
export function csvField(value: string): string {
  return `"${excelSafe(value).replace(/"/g, '""')}"`;
}

/** CSV for German Excel: UTF-8 with BOM, ";" separated, CRLF line ends, one row per measure. */
export function toCsv(catalog: Catalog, items: readonly Massnahme[]): string {
  const l = lookups(catalog);
  const rows = items.map((m) => csvColumnDefs.map((c) => c.cell(m, l, catalog)));
  return `\uFEFF${[csvColumns, ...rows].map((r) => r.map(csvField).join(';')).join('\r\n')}\r\n`;
}
