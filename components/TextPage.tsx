import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Prose } from '@/components/Prose';
import { Typeset } from '@/components/Typeset';
import type { Catalog } from '@/lib/content/types';
import { pageMeta } from '@/lib/site';
import { withoutSoftHyphens } from '@/lib/typography';

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
  className,
}: {
  catalog: Catalog;
  slug: string;
  children?: React.ReactNode;
  /** Extra classes for the text, e.g. larger type for Leichte Sprache. */
  className?: string;
}) {
  const s = seite(catalog, slug);
  return (
    <>
      <Breadcrumbs
        items={[{ href: '/', label: 'Startseite' }, { label: s.titel }]}
        terms={catalog.sprachen}
      />
      <h1 className="text-3xl font-bold">
        <Typeset text={s.titel} terms={catalog.sprachen} />
      </h1>
      <SeitenText catalog={catalog} slug={slug} className={`mt-6 ${className ?? ''}`} />
      {children}
    </>
  );
}

/** The text of content/seiten/<slug>.md with its {{placeholders}} filled in. */
export function SeitenText({
  catalog,
  slug,
  className,
}: {
  catalog: Catalog;
  slug: string;
  className?: string;
}) {
  const values = placeholders(catalog);
  // A long name carries soft hyphens in the rendered HTML ({{pruef\u00ADda\u00ADtum}}).
  const html = seite(catalog, slug).inhalt.html.replace(
    /\{\{([\w\u00AD]{1,40})\}\}/g,
    (m, key: string) => values[withoutSoftHyphens(key)] ?? m,
  );
  return <Prose html={html} className={className} />;
}
