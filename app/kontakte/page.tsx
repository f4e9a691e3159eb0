import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { KontaktCard } from '@/components/KontaktCard';
import { Typeset } from '@/components/Typeset';
import { getCatalog } from '@/lib/content/catalog';
import { countLabel, measuresForKontakt } from '@/lib/queries';
import { pageMeta } from '@/lib/site';

export const dynamic = 'force-static';

export const metadata: Metadata = pageMeta({
  title: 'Anlaufstellen und Ansprechpersonen',
  description:
    'Die Anlaufstellen der Stadt Herne für Gleichstellung und Vielfalt mit Adresse, Telefon und E-Mail.',
  path: '/kontakte',
});

export default function KontaktePage() {
  const catalog = getCatalog();
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Startseite' }, { label: 'Anlaufstellen' }]} />
      <h1 className="text-3xl font-bold">
        <Typeset text="Anlaufstellen und Ansprechpersonen" />
      </h1>
      <p className="mt-3 max-w-3xl text-lg">
        Hier finden Bürger*innen und Beschäftigte der Stadtverwaltung die Stellen, die beraten, Beschwerden
        aufnehmen und Maßnahmen für Vielfalt begleiten.
      </p>
      <ul className="mt-8 grid grid-cols-1 gap-6 md:grid-cols-2">
        {catalog.kontakte.map((k) => {
          const n = measuresForKontakt(catalog, k.slug).length;
          return (
            <li key={k.slug}>
              <KontaktCard kontakt={k} headingLevel={2} terms={catalog.sprachen}>
                {/* The link names its contact: the list of links on this page must tell them apart (WCAG 2.4.4). */}
                <p className="mt-3 text-sm">
                  <a href={`/kontakte/${k.slug}`}>
                    {n > 0 ? `${k.titel}: Beschreibung und ${countLabel(n)}` : `${k.titel}: Beschreibung`}
                  </a>
                </p>
              </KontaktCard>
            </li>
          );
        })}
      </ul>
    </>
  );
}
