/**
 * What the open-data descriptions (DCAT-AP.de in lib/dcat.ts, the Data Package in
 * lib/datapackage.ts) and /daten share: the licence placeholder, publisher and contact point.
 */
import type { Katalog } from './content/schema';
import type { Catalog, Kontakt } from './content/types';
import { absoluteUrl } from './site';

/**
 * The city has not chosen a licence yet. Until then the descriptions point at the licence
 * section of /daten and say so in words; replace both once the licence is decided
 * (e.g. http://dcat-ap.de/def/licenses/dl-by-de/2.0 or http://dcat-ap.de/def/licenses/cc-by/4.0).
 */
export const licence = {
  decided: false,
  text: '[Von der Stadt Herne zu entscheiden: Lizenz der Daten, zum Beispiel „Datenlizenz Deutschland – Namensnennung – Version 2.0“ oder CC BY 4.0.]',
  get url() {
    return absoluteUrl('/daten#lizenz');
  },
};

/** "Stadt Herne – Büro für Gleichstellung und Vielfalt" */
export function publisherName(katalog: Katalog): string {
  return `${katalog.herausgeberin.name} – ${katalog.herausgeberin.stelle}`;
}

/**
 * The contact point: the contact file whose office is the publishing office (the Büro für
 * Gleichstellung und Vielfalt); without one, the publisher's address from katalog.yaml.
 */
export function contactPoint(catalog: Catalog): {
  name: string;
  email: string;
  telefon?: string;
  strasse: string;
  plz: string;
  ort: string;
  page?: string;
} {
  const h = catalog.katalog.herausgeberin;
  const k: Kontakt | undefined = catalog.kontakte.find(
    (c) => c.kontakt.stelle === h.stelle || c.titel === h.stelle || c.titel.startsWith(`${h.stelle} (`),
  );
  if (!k) return { name: h.stelle, email: h.email, strasse: h.strasse, plz: h.plz, ort: h.ort };
  return {
    name: k.kontakt.stelle ?? k.titel,
    email: k.kontakt.email ?? h.email,
    telefon: k.kontakt.telefonLink,
    strasse: k.kontakt.strasse,
    plz: k.kontakt.plz,
    ort: k.kontakt.ort,
    page: absoluteUrl(`/kontakte/${k.slug}`),
  };
}
