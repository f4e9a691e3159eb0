import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ByDimension } from '@/components/GroupedMassnahmen';
import { Typeset } from '@/components/Typeset';
import { getCatalog } from '@/lib/content/catalog';
import { countLabel, lookups, measuresForFachbereich } from '@/lib/queries';
import { pageMeta } from '@/lib/site';

export const dynamic = 'force-static';

export const dynamicParams = false;

export function generateStaticParams() {
  return getCatalog().fachbereiche.map((f) => ({ slug: f.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const catalog = getCatalog();
  const f = lookups(catalog).fachbereich.get((await params).slug);
  if (!f) return {};
  return pageMeta({
    title: f.titel,
    description: `${countLabel(measuresForFachbereich(catalog, f.slug).length)} des Bereichs ${f.titel} im Diversity-Maßnahmenkatalog der Stadt Herne.`,
    path: `/fachbereiche/${f.slug}`,
  });
}

export default async function FachbereichPage({ params }: Props) {
  const catalog = getCatalog();
  const l = lookups(catalog);
  const f = l.fachbereich.get((await params).slug);
  if (!f) notFound();
  const dezernat = l.dezernatById.get(f.dezernat);
  const massnahmen = measuresForFachbereich(catalog, f.slug);
  return (
    <>
      <Breadcrumbs
        terms={catalog.sprachen}
        items={[
          { href: '/', label: 'Startseite' },
          ...(dezernat ? [{ href: `/dezernate/${dezernat.slug}`, label: dezernat.titel }] : []),
          { label: f.titel },
        ]}
      />
      <h1 className="text-3xl font-bold">
        <Typeset text={f.titel} terms={catalog.sprachen} />
      </h1>
      <p className="mt-3 text-lg">
        {f.nummer !== undefined && <>Fachbereich {f.nummer} · </>}
        {dezernat && (
          <>
            <a href={`/dezernate/${dezernat.slug}`}>{dezernat.titel}</a> ·{' '}
          </>
        )}
        {countLabel(massnahmen.length)} ·{' '}
        <a href={`/massnahmen?fachbereich=${f.slug}`}>In der Liste filtern und durchsuchen</a>
      </p>
      <ByDimension catalog={catalog} massnahmen={massnahmen} />
    </>
  );
}
