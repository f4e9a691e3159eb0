import { Prose } from '@/components/Prose';
import { TextPage, textPageMetadata } from '@/components/TextPage';
import { getCatalog } from '@/lib/content/catalog';

export const dynamic = 'force-static';

export const metadata = textPageMetadata('impressum-website', '/impressum');

export default function ImpressumPage() {
  const broschuere = getCatalog().seiten.get('impressum');
  return (
    <TextPage slug="impressum-website">
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
