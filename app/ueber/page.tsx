import type { Metadata } from 'next';
import { AboutSections } from '@/components/AboutSections';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { getCatalog } from '@/lib/content/catalog';
import { pageMeta } from '@/lib/site';

export const dynamic = 'force-static';

export const metadata: Metadata = pageMeta({
  title: 'Über den Katalog',
  description:
    'Vorwort zum Diversity-Maßnahmenkatalog und was Gender und Diversity Mainstreaming in der Stadt Herne bedeutet.',
  path: '/ueber',
});

export default function UeberPage() {
  const { seiten, katalog } = getCatalog();
  const gdm = seiten.get('gender-und-diversity-mainstreaming');
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Startseite' }, { label: 'Über den Katalog' }]} />
      <h1 className="text-3xl font-bold">Über den Katalog</h1>
      <p className="mt-3 text-lg">
        {katalog.titel}, {katalog.auflage}. Auflage, Stand {katalog.stand}. Herausgeberin:{' '}
        {katalog.herausgeberin.name}, {katalog.herausgeberin.stelle}.
      </p>
      <nav aria-label="Auf dieser Seite" className="mt-4">
        <ul className="list-disc pl-6">
          <li>
            <a href="#vorwort">Vorwort</a>
          </li>
          <li>
            <a href="#mainstreaming">{gdm?.titel}</a>
          </li>
        </ul>
      </nav>
      <AboutSections seiten={seiten} />
    </>
  );
}
