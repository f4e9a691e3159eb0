import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ByDezernatAndUnit } from '@/components/GroupedMassnahmen';
import { OverviewTable } from '@/components/OverviewTable';
import { Typeset } from '@/components/Typeset';
import { getCatalog } from '@/lib/content/catalog';
import { countLabel, inDimension, lookups } from '@/lib/queries';
import { pageMeta } from '@/lib/site';

export const dynamic = 'force-static';

export const dynamicParams = false;

export function generateStaticParams() {
  return getCatalog().dimensionen.map((d) => ({ slug: d.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const catalog = getCatalog();
  const d = lookups(catalog).dimension.get((await params).slug);
  if (!d) return {};
  return pageMeta({
    title: `${d.nummer}. ${d.titel}`,
    description: `${countLabel(inDimension(catalog, d.slug).length)} der Stadt Herne zur Dimension ${d.titel}: ${d.beschreibung}`,
    path: `/dimensionen/${d.slug}`,
  });
}

export default async function DimensionPage({ params }: Props) {
  const catalog = getCatalog();
  const d = lookups(catalog).dimension.get((await params).slug);
  if (!d) notFound();
  const massnahmen = inDimension(catalog, d.slug);
  return (
    <>
      <Breadcrumbs
        items={[{ href: '/', label: 'Startseite' }, { label: d.titel }]}
        terms={catalog.sprachen}
      />
      <h1 className="text-3xl font-bold">
        {d.nummer}. <Typeset text={d.titel} terms={catalog.sprachen} />
      </h1>
      <p className="mt-3 max-w-3xl text-lg">{d.beschreibung}</p>
      <p className="mt-2">
        {countLabel(massnahmen.length)} ·{' '}
        <a href={`/massnahmen?dimension=${d.slug}`}>In der Liste filtern und durchsuchen</a>
      </p>
      {d.einleitung && <p className="mt-4 max-w-3xl">{d.einleitung}</p>}
      <div className="mt-8">
        <OverviewTable massnahmen={massnahmen} caption="Übersicht der Maßnahmen" terms={catalog.sprachen} />
      </div>
      <ByDezernatAndUnit catalog={catalog} massnahmen={massnahmen} />
    </>
  );
}
