import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ByDimension } from '@/components/GroupedMassnahmen';
import { Typeset } from '@/components/Typeset';
import { getCatalog } from '@/lib/content/catalog';
import { countLabel, lookups, measuresForDezernat } from '@/lib/queries';
import { pageMeta } from '@/lib/site';

export const dynamic = 'force-static';

export const dynamicParams = false;

export function generateStaticParams() {
  return getCatalog().dezernate.map((d) => ({ slug: d.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const catalog = getCatalog();
  const d = lookups(catalog).dezernatBySlug.get((await params).slug);
  if (!d) return {};
  return pageMeta({
    title: d.titel,
    description: `${countLabel(measuresForDezernat(catalog, d.id).length)} im ${d.titel} der Stadtverwaltung Herne, nach Dimension geordnet.`,
    path: `/dezernate/${d.slug}`,
  });
}

export default async function DezernatPage({ params }: Props) {
  const catalog = getCatalog();
  const d = lookups(catalog).dezernatBySlug.get((await params).slug);
  if (!d) notFound();
  const massnahmen = measuresForDezernat(catalog, d.id);
  const units = catalog.fachbereiche.filter((f) => f.dezernat === d.id);
  return (
    <>
      <Breadcrumbs
        terms={catalog.sprachen}
        items={[
          { href: '/', label: 'Startseite' },
          { href: '/uebersicht', label: 'Zahlen' },
          { label: d.titel },
        ]}
      />
      <h1 className="text-3xl font-bold">
        <Typeset text={d.titel} terms={catalog.sprachen} />
      </h1>
      <p className="mt-3 text-lg">
        {countLabel(massnahmen.length)} ·{' '}
        <a href={`/massnahmen?dezernat=${d.slug}`}>In der Liste filtern und durchsuchen</a>
      </p>
      <h2 className="mt-6 text-xl">Fachbereiche und Büros im {d.titel}</h2>
      <ul className="mt-2 list-disc pl-6">
        {units.map((u) => (
          <li key={u.slug}>
            <a href={`/fachbereiche/${u.slug}`}>{u.titel}</a>
          </li>
        ))}
      </ul>
      <ByDimension catalog={catalog} massnahmen={massnahmen} />
    </>
  );
}
