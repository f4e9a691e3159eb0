import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Prose } from '@/components/Prose';
import { getCatalog } from '@/lib/content/catalog';
import { pageMeta } from '@/lib/site';

/** Values a text page may use as {{name}}; they are plain text, so escaping is not needed. */
export function placeholders(): Record<string, string> {
  const { katalog } = getCatalog();
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

function seite(slug: string) {
  const s = getCatalog().seiten.get(slug);
  if (!s) notFound();
  return s;
}

export function textPageMetadata(slug: string, path: string): Metadata {
  const s = seite(slug);
  return pageMeta({ title: s.titel, description: s.beschreibung ?? s.inhalt.text.slice(0, 160), path });
}

/** A page whose text lives in content/seiten/<slug>.md. */
export function TextPage({ slug, children }: { slug: string; children?: React.ReactNode }) {
  const s = seite(slug);
  const values = placeholders();
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
