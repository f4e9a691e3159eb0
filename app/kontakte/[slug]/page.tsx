import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { KontaktCard } from '@/components/KontaktCard';
import { MassnahmeList } from '@/components/MassnahmeList';
import { Prose } from '@/components/Prose';
import { Typeset } from '@/components/Typeset';
import { getCatalog } from '@/lib/content/catalog';
import { countLabel, lookups, measuresForKontakt } from '@/lib/queries';
import { pageMeta } from '@/lib/site';

export const dynamic = 'force-static';

export const dynamicParams = false;

export function generateStaticParams() {
  return getCatalog().kontakte.map((k) => ({ slug: k.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const k = lookups(getCatalog()).kontakt.get((await params).slug);
  if (!k) return {};
  return pageMeta({
    title: k.titel,
    description: k.beschreibung.text.slice(0, 160),
    path: `/kontakte/${k.slug}`,
  });
}

export default async function KontaktPage({ params }: Props) {
  const catalog = getCatalog();
  const k = lookups(catalog).kontakt.get((await params).slug);
  if (!k) notFound();
  const massnahmen = measuresForKontakt(catalog, k.slug);
  return (
    <>
      <Breadcrumbs
        terms={catalog.sprachen}
        items={[
          { href: '/', label: 'Startseite' },
          { href: '/kontakte', label: 'Anlaufstellen' },
          { label: k.titel },
        ]}
      />
      <h1 className="text-3xl font-bold">
        <Typeset text={k.titel} terms={catalog.sprachen} />
      </h1>
      <div className="mt-6 grid grid-cols-1 gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <Prose html={k.beschreibung.html} />
        <KontaktCard kontakt={{ ...k, titel: 'Kontakt' }} headingLevel={2} link={false} />
      </div>
      <section aria-labelledby="massnahmen" className="mt-12">
        <h2 id="massnahmen" className="text-2xl">
          Maßnahmen dieser Anlaufstelle
        </h2>
        {massnahmen.length > 0 ? (
          <>
            <p className="mt-1 text-muted">
              {countLabel(massnahmen.length)} im Katalog nennen diese Anlaufstelle.
            </p>
            <div className="mt-4">
              <MassnahmeList catalog={catalog} items={massnahmen} />
            </div>
          </>
        ) : (
          <p className="mt-2">Im Katalog ist dieser Anlaufstelle derzeit keine Maßnahme zugeordnet.</p>
        )}
      </section>
    </>
  );
}
