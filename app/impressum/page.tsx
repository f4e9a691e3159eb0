import { Prose } from '@/components/Prose';
import { TextPage, textPageMetadata } from '@/components/TextPage';
import { getCatalog } from '@/lib/content/catalog';

export const dynamic = 'force-static';

export const metadata = textPageMetadata(getCatalog(), 'impressum-website', '/impressum');

export default function ImpressumPage() {
  const catalog = getCatalog();
  const broschuere = catalog.seiten.get('impressum');
  return (
    <TextPage catalog={catalog} slug="impressum-website">
      {broschuere && (
        <section aria-labelledby="broschuere" className="mt-10">
          <h2 id="broschuere" className="text-2xl">
            Impressum der Broschüre
          </h2>
          <Prose html={broschuere.inhalt.html} className="mt-3" />
        </section>
      )}
    </TextPage>
  );
}
