import { getCatalog } from '@/lib/content/catalog';

export default function HomePage() {
  const { katalog, massnahmen } = getCatalog();
  return (
    <>
      <h1 className="text-3xl font-bold md:text-4xl">Vielfalt in Herne</h1>
      <p className="mt-4 max-w-3xl text-lg">
        Der Diversity-Maßnahmenkatalog zeigt {massnahmen.length} Maßnahmen der Stadtverwaltung Herne für
        Vielfalt.
      </p>
      <p className="mt-2 text-muted">
        {katalog.auflage}. Auflage, Stand {katalog.stand}
      </p>
    </>
  );
}
