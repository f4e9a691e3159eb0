import type { Metadata } from 'next';
import { BarChart } from '@/components/BarChart';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { getCatalog } from '@/lib/content/catalog';
import { countLabel, inDimension } from '@/lib/queries';
import { pageMeta } from '@/lib/site';

export const dynamic = 'force-static';

export const metadata: Metadata = pageMeta({
  title: 'Der Katalog in Zahlen',
  description:
    'Wie viele Diversity-Maßnahmen es je Dimension und Dezernat gibt, wie viele sich an Beschäftigte oder Bürger*innen richten und wie viele neu sind.',
  path: '/uebersicht',
});

const cell = 'border-b border-line px-3 py-2 text-right tabular-nums';

export default function UebersichtPage() {
  const catalog = getCatalog();
  const { dimensionen, dezernate, massnahmen, katalog } = catalog;
  const perDimension = dimensionen.map((d) => {
    const ms = inDimension(catalog, d.slug);
    return {
      d,
      total: ms.length,
      perDezernat: dezernate.map((z) => ms.filter((m) => m.dezernat === z.id).length),
      neu: ms.filter((m) => m.neu).length,
    };
  });
  const onlyInnen = massnahmen.filter((m) => m.richtung.length === 1 && m.richtung[0] === 'innen').length;
  const onlyAussen = massnahmen.filter((m) => m.richtung.length === 1 && m.richtung[0] === 'aussen').length;
  const both = massnahmen.filter((m) => m.richtung.length === 2).length;
  const neu = massnahmen.filter((m) => m.neu).length;

  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Startseite' }, { label: 'Zahlen' }]} />
      <h1 className="text-3xl font-bold">Der Katalog in Zahlen</h1>
      <p className="mt-3 max-w-3xl text-lg">
        Die {katalog.auflage}. Auflage (Stand {katalog.stand}) enthält {countLabel(massnahmen.length)}, davon{' '}
        {neu} neue. Eine Maßnahme kann zu mehreren Dimensionen gehören; deshalb ist die Summe der Dimensionen
        größer als die Zahl der Maßnahmen.
      </p>

      <section aria-labelledby="je-dimension" className="mt-10">
        <h2 id="je-dimension" className="text-2xl">
          Maßnahmen je Dimension und Dezernat
        </h2>
        <div className="mt-4 grid grid-cols-1 gap-8 xl:grid-cols-2">
          {/* relative: the visually hidden cell texts (position: absolute) scroll with the table
              instead of widening the page at 320 px. */}
          <div className="relative overflow-x-auto">
            <table className="w-full border-collapse">
              <caption className="mb-2 text-left text-muted">
                Anzahl der Maßnahmen je Dimension und Dezernat
              </caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="px-3 py-2 text-left">
                    Dimension
                  </th>
                  {dezernate.map((z) => (
                    <th key={z.id} scope="col" className="whitespace-nowrap px-3 py-2 text-right">
                      <a href={`/dezernate/${z.slug}`}>{z.titel}</a>
                    </th>
                  ))}
                  <th scope="col" className="px-3 py-2 text-right">
                    Gesamt
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    davon neu
                  </th>
                </tr>
              </thead>
              <tbody>
                {perDimension.map((row) => (
                  <tr key={row.d.slug}>
                    <th scope="row" className="border-b border-line px-3 py-2 text-left font-normal">
                      <a href={`/dimensionen/${row.d.slug}`}>{row.d.titel}</a>
                    </th>
                    {row.perDezernat.map((n, i) => (
                      <td key={dezernate[i]?.id} className={cell}>
                        {n}
                      </td>
                    ))}
                    <td className={`${cell} font-bold`}>{row.total}</td>
                    <td className={cell}>{row.neu}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <figure>
            <BarChart rows={perDimension.map((r) => ({ label: r.d.titel, value: r.total }))} />
            <figcaption className="mt-2 text-muted">
              Balkendiagramm: Maßnahmen je Dimension (Zahlen wie in der Tabelle).
            </figcaption>
          </figure>
        </div>
      </section>

      <section aria-labelledby="richtung" className="mt-12">
        <h2 id="richtung" className="text-2xl">
          Für wen? Nach innen und nach außen
        </h2>
        <div className="mt-4 grid grid-cols-1 gap-8 xl:grid-cols-2">
          <table className="w-full max-w-xl border-collapse">
            <caption className="mb-2 text-left text-muted">Maßnahmen nach Richtung</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="px-3 py-2 text-left">
                  Richtung
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Maßnahmen
                </th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row" className="border-b border-line px-3 py-2 text-left font-normal">
                  Nur nach innen (Beschäftigte)
                </th>
                <td className={cell}>{onlyInnen}</td>
              </tr>
              <tr>
                <th scope="row" className="border-b border-line px-3 py-2 text-left font-normal">
                  Nur nach außen (Bürger*innen)
                </th>
                <td className={cell}>{onlyAussen}</td>
              </tr>
              <tr>
                <th scope="row" className="border-b border-line px-3 py-2 text-left font-normal">
                  Nach innen und nach außen
                </th>
                <td className={cell}>{both}</td>
              </tr>
            </tbody>
          </table>
          <figure>
            <BarChart
              rows={[
                { label: 'Nur nach innen', value: onlyInnen },
                { label: 'Nur nach außen', value: onlyAussen },
                { label: 'Innen und außen', value: both },
              ]}
            />
            <figcaption className="mt-2 text-muted">
              Balkendiagramm: Maßnahmen nach Richtung (Zahlen wie in der Tabelle).
            </figcaption>
          </figure>
        </div>
        <p className="mt-4">
          <a href="/massnahmen?richtung=innen">Alle Angebote für Beschäftigte</a> ·{' '}
          <a href="/massnahmen?richtung=aussen">Alle Angebote für Bürger*innen</a> ·{' '}
          <a href="/massnahmen?neu=1">Alle neuen Maßnahmen</a>
        </p>
      </section>
    </>
  );
}
