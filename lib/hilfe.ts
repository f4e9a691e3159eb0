import type { Catalog, Kontakt, Massnahme } from './content/types';
import { lookups } from './queries';

/** Where the phone and e-mail of „Wer hilft weiter?“ come from, in order of preference. */
export const hilfeQuellen = ['eigener Kontakt', 'Fachbereich', 'Katalogredaktion'] as const;
export type HilfeQuelle = (typeof hilfeQuellen)[number];

/** The person or office a visitor can reach about one measure. */
export interface Hilfe {
  quelle: HilfeQuelle;
  /** Contact cards to show (one or more contact points; for the editors, their office). */
  kontakte: Pick<Kontakt, 'slug' | 'titel' | 'kontakt'>[];
  /** Phone as printed and as a dialable number, and e-mail: of the first card that has both. */
  telefon: string;
  telefonLink: string;
  email: string;
  /** One sentence on what the contact does for this measure. */
  hinweis: string;
}

/** A printed German number („0 23 23 / 16 – 26 29“) as E.164 (+492323162629). */
export function dialable(printed: string): string {
  const digits = printed.replace(/\D/g, '');
  return digits.startsWith('0') ? `+49${digits.slice(1)}` : `+${digits}`;
}

/** The catalogue's editors (Büro für Gleichstellung und Vielfalt) as a contact card. */
export function redaktionKontakt(catalog: Catalog): Pick<Kontakt, 'slug' | 'titel' | 'kontakt'> {
  const h = catalog.katalog.herausgeberin;
  // The appendix's own card for the office, where one names the same e-mail.
  const own = catalog.kontakte.find((k) => k.kontakt.email === h.email);
  if (own) return own;
  return {
    slug: '',
    titel: h.stelle,
    kontakt: {
      stelle: h.stelle,
      strasse: h.strasse,
      plz: h.plz,
      ort: h.ort,
      telefon: h.telefon,
      telefonLink: dialable(h.telefon),
      email: h.email,
    },
  };
}

const cache = new WeakMap<Catalog, Map<string, Hilfe>>();

/**
 * „Wer hilft weiter?“ for a measure, in this order: its own contact points; else the
 * contact recorded for one of its units (content/fachbereiche.yaml, `kontakt`), the
 * leading unit first; else the catalogue's editors, who pass the question on.
 * Every measure thus gets a phone number and an e-mail address.
 */
export function hilfeFor(catalog: Catalog, m: Massnahme): Hilfe {
  let perMeasure = cache.get(catalog);
  if (!perMeasure) {
    perMeasure = new Map();
    cache.set(catalog, perMeasure);
  }
  const known = perMeasure.get(m.slug);
  if (known) return known;
  const l = lookups(catalog);
  const redaktion = redaktionKontakt(catalog);
  const resolve = (
    quelle: HilfeQuelle,
    kontakte: Pick<Kontakt, 'slug' | 'titel' | 'kontakt'>[],
    hinweis: string,
  ): Hilfe => {
    const first = kontakte.find((k) => k.kontakt.email) ?? kontakte[0] ?? redaktion;
    return {
      quelle,
      kontakte,
      telefon: first.kontakt.telefon,
      telefonLink: first.kontakt.telefonLink,
      email: first.kontakt.email ?? (redaktion.kontakt.email as string),
      hinweis,
    };
  };

  const own = (m.kontakte ?? []).flatMap((k) => l.kontakt.get(k) ?? []);
  const unit = m.fachbereiche
    .map((f) => l.fachbereich.get(f))
    .find((f) => f?.kontakt && l.kontakt.has(f.kontakt));
  const unitKontakt = unit?.kontakt ? l.kontakt.get(unit.kontakt) : undefined;
  const hilfe = own.length
    ? resolve('eigener Kontakt', own, 'Ansprechstelle für diese Maßnahme:')
    : unit && unitKontakt
      ? resolve('Fachbereich', [unitKontakt], `Zuständig ist ${unit.titel}:`)
      : resolve(
          'Katalogredaktion',
          [redaktion],
          `Das ${redaktion.titel.replace(/\s*\(.*\)$/, '')} betreut diesen Katalog und vermittelt Sie an die zuständige Stelle:`,
        );
  perMeasure.set(m.slug, hilfe);
  return hilfe;
}
