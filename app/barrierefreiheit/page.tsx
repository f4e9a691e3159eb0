import { Prose } from '@/components/Prose';
import { SeitenText, TextPage, textPageMetadata } from '@/components/TextPage';
import { getCatalog } from '@/lib/content/catalog';
import { loadKnownProblems } from '@/lib/known-problems';

export const dynamic = 'force-static';

export const metadata = textPageMetadata(getCatalog(), 'barrierefreiheit', '/barrierefreiheit');

/**
 * The accessibility statement: its text (content/seiten/barrierefreiheit.md), the known
 * problems from content/barrierefreiheit-bekannte-probleme.yaml – the list the end-to-end
 * tests hold to the truth – and the closing part (content/seiten/barrierefreiheit-kontakt.md).
 */
export default function BarrierefreiheitPage() {
  const catalog = getCatalog();
  const problems = loadKnownProblems();
  return (
    <TextPage catalog={catalog} slug="barrierefreiheit">
      <section aria-labelledby="nicht-barrierefrei" className="prose-herne mt-10 max-w-3xl">
        <h2 id="nicht-barrierefrei">Nicht barrierefreie Inhalte</h2>
        {problems.length === 0 && <p>Zurzeit sind keine Barrieren bekannt.</p>}
        {problems.map((p) => (
          <section key={p.titel} className="mt-8">
            <h3>{p.titel}</h3>
            <p className="mt-2 font-bold">Was fehlt:</p>
            <Prose html={p.html.problem} />
            <p className="mt-2 font-bold">Grund:</p>
            <Prose html={p.html.grund} />
            <p className="mt-2 font-bold">Alternative:</p>
            <Prose html={p.html.alternative} />
            {p.kriterien && (
              <p className="mt-2 text-sm text-muted">Betroffene Anforderungen: {p.kriterien.join(', ')}</p>
            )}
          </section>
        ))}
      </section>
      <SeitenText catalog={catalog} slug="barrierefreiheit-kontakt" className="mt-10" />
    </TextPage>
  );
}
