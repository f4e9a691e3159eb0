import type { Catalog, Massnahme } from './content/types';
import { lookups } from './queries';
import { absoluteUrl } from './site';

/**
 * schema.org description of a measure. Outward measures are public services of the
 * city (GovernmentService with provider, audience and contact points). Inward ones are
 * internal programmes for staff, not services to the public: they are described
 * honestly as a CreativeWork (the catalogue entry) whose audience is the staff.
 */
export function measureJsonLd(catalog: Catalog, m: Massnahme) {
  const l = lookups(catalog);
  const provider = {
    '@type': 'GovernmentOrganization',
    name: `Stadt Herne – ${m.fachbereiche.map((f) => l.fachbereich.get(f)?.titel ?? f).join(' & ')}`,
    parentOrganization: { '@type': 'GovernmentOrganization', name: 'Stadt Herne' },
  };
  const audiences = m.zielgruppen.map((z) => ({
    '@type': 'Audience',
    audienceType: l.zielgruppe.get(z)?.titel ?? z,
  }));
  const base = {
    '@context': 'https://schema.org',
    name: m.titel,
    description: m.beschreibung.text.slice(0, 500),
    url: absoluteUrl(`/massnahmen/${m.slug}`),
    inLanguage: 'de',
  };
  if (m.richtung.includes('aussen')) {
    const contacts = (m.kontakte ?? []).flatMap((k) => l.kontakt.get(k) ?? []);
    return {
      ...base,
      '@type': 'GovernmentService',
      serviceType: m.dimensionen.map((d) => l.dimension.get(d)?.titel ?? d).join(', '),
      provider,
      areaServed: { '@type': 'City', name: 'Herne' },
      audience: audiences,
      ...(contacts.length
        ? {
            availableChannel: contacts.map((c) => ({
              '@type': 'ServiceChannel',
              name: c.titel,
              servicePhone: {
                '@type': 'ContactPoint',
                telephone: c.kontakt.telefonLink,
                ...(c.kontakt.email ? { email: c.kontakt.email } : {}),
              },
              serviceLocation: {
                '@type': 'Place',
                address: {
                  '@type': 'PostalAddress',
                  streetAddress: c.kontakt.strasse,
                  postalCode: c.kontakt.plz,
                  addressLocality: c.kontakt.ort,
                  addressCountry: 'DE',
                },
              },
            })),
          }
        : {}),
    };
  }
  return {
    ...base,
    '@type': 'CreativeWork',
    about: m.dimensionen.map((d) => l.dimension.get(d)?.titel ?? d),
    publisher: provider,
    audience: [{ '@type': 'Audience', audienceType: 'Beschäftigte der Stadtverwaltung Herne' }, ...audiences],
  };
}

/** JSON for a <script type="application/ld+json"> element; "<" is escaped so the data cannot end the element. */
export function jsonLdString(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
