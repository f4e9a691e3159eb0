import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Prose } from '@/components/Prose';
import type { Catalog } from '@/lib/content/types';
import { pageMeta } from '@/lib/site';

/** Values a text page may use as {{name}}; they are plain text, so escaping is not needed. */
function placeholders({ katalog }: Catalog): Record<string, string> {
  return {
    stand: katalog.stand,
    auflage: `${katalog.auflage}. Auflage`,
    // Prerendered pages are built only after every automated test has passed (npm test, CI),
    // so the build date is the date of the last automated accessibility test of this version.
    pruefdatum: new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(
      new Date(),
    ),
  };
}

function seite(catalog: Catalog, slug: string) {
  const s = catalog.seiten.get(slug);
  if (!s) notFound();
  return s;
}

export function textPageMetadata(catalog: Catalog, slug: string, path: string): Metadata {
  const s = seite(catalog, slug);
  return pageMeta({ title: s.titel, description: s.beschreibung ?? s.inhalt.text.slice(0, 160), path });
}

/** A page whose text lives in content/seiten/<slug>.md. */
export function TextPage({
  catalog,
  slug,
  children,
}: {
  catalog: Catalog;
  slug: string;
  children?: React.ReactNode;
}) {
  const s = seite(catalog, slug);
  const values = placeholders(catalog);
  const html = s.inhalt.html.replace(/\{\{(\w+)\}\}/g, (m, key: string) => values[key] ?? m);
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Startseite' }, { label: s.titel }]} />
      <h1 className="text-3xl font-bold">{s.titel}</h1>
      <Prose html={html} className="mt-6" />
      {children}
    </>
  );
}
