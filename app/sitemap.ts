import type { MetadataRoute } from 'next';
import { getCatalog } from '@/lib/content/catalog';
import { absoluteUrl, standDate } from '@/lib/site';

export const dynamic = 'force-static';

/** Every page of the site; the accessibility and HTML sweeps in the tests read this list too. */
export const staticPaths = [
  '/',
  '/massnahmen',
  '/kontakte',
  '/ueber',
  '/uebersicht',
  '/katalog',
  '/daten',
  '/aenderungen',
  '/vorschlagen',
  '/impressum',
  '/datenschutz',
  '/barrierefreiheit',
  '/leichte-sprache',
];

export default function sitemap(): MetadataRoute.Sitemap {
  const c = getCatalog();
  const lastModified = standDate(c.katalog.stand);
  const paths = [
    ...staticPaths,
    ...c.dimensionen.map((d) => `/dimensionen/${d.slug}`),
    ...c.massnahmen.map((m) => `/massnahmen/${m.slug}`),
    ...c.dezernate.map((d) => `/dezernate/${d.slug}`),
    ...c.fachbereiche.map((f) => `/fachbereiche/${f.slug}`),
    ...c.kontakte.map((k) => `/kontakte/${k.slug}`),
  ];
  return paths.map((p) => ({ url: absoluteUrl(p), lastModified }));
}
