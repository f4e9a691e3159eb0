import type { Metadata } from 'next';
import { SearchBox } from '@/components/SearchBox';
import { getCatalog } from '@/lib/content/catalog';

export const metadata: Metadata = {
  title: 'Seite nicht gefunden',
  description: 'Diese Seite gibt es nicht. Suchen Sie im Diversity-Maßnahmenkatalog der Stadt Herne.',
};

export default function NotFound() {
  const { dimensionen } = getCatalog();
  return (
    <>
      <h1 className="text-3xl font-bold">Seite nicht gefunden</h1>
      <p className="mt-4 max-w-2xl text-lg">
        Diese Adresse gibt es im Diversity-Maßnahmenkatalog nicht. Vielleicht wurde die Seite umbenannt oder
        die Adresse enthält einen Tippfehler.
      </p>
      <div className="mt-8">
        <SearchBox id="suche-404" />
      </div>
      <h2 className="mt-10 text-2xl">Maßnahmen nach Dimension</h2>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        {dimensionen.map((d) => (
          <li key={d.slug}>
            <a href={`/dimensionen/${d.slug}`}>
              {d.nummer}. {d.titel}
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-6">
        <a href="/massnahmen">Alle Maßnahmen</a> · <a href="/">Zur Startseite</a>
      </p>
    </>
  );
}
