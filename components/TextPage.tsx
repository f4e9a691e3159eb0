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

/**
 * Marks English words in sanitised HTML with lang="en" (WCAG 3.1.2), in text only: the
 * HTML is split into tags and text, and only text segments are touched. Terms are fixed
 * strings of the page (not user input) and escaped for the pattern.
 */
export function markEnglish(html: string, terms: readonly string[]): string {
  if (terms.length === 0) return html;
  const pattern = new RegExp(
    `\\b(${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`,
    'g',
  );
  return html
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith('<') ? part : part.replace(pattern, '<span lang="en">$1</span>')))
    .join('');
}

/** A page whose text lives in content/seiten/<slug>.md. */
export function TextPage({
  catalog,
  slug,
  children,
  className,
  englishTerms = [],
}: {
  catalog: Catalog;
  slug: string;
  children?: React.ReactNode;
  /** Extra classes for the text, e.g. larger type for Leichte Sprache. */
  className?: string;
  /** English words of the page, marked with lang="en". */
  englishTerms?: readonly string[];
}) {
  const s = seite(catalog, slug);
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Startseite' }, { label: s.titel }]} />
      <h1 className="text-3xl font-bold">{s.titel}</h1>
      <SeitenText
        catalog={catalog}
        slug={slug}
        className={`mt-6 ${className ?? ''}`}
        englishTerms={englishTerms}
      />
      {children}
    </>
  );
}

/** The text of content/seiten/<slug>.md with its {{placeholders}} filled in. */
export function SeitenText({
  catalog,
  slug,
  className,
  englishTerms = [],
}: {
  catalog: Catalog;
  slug: string;
  className?: string;
  englishTerms?: readonly string[];
}) {
  const values = placeholders(catalog);
  const html = markEnglish(
    seite(catalog, slug).inhalt.html.replace(/\{\{(\w+)\}\}/g, (m, key: string) => values[key] ?? m),
    englishTerms,
  );
  return <Prose html={html} className={className} />;
}
