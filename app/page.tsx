import { MassnahmeList } from '@/components/MassnahmeList';
import { SearchBox } from '@/components/SearchBox';
import { Typeset } from '@/components/Typeset';
import { getCatalog } from '@/lib/content/catalog';
import { applyFilter, emptyFilter, filterHref } from '@/lib/filter';
import { countLabel, inDimension } from '@/lib/queries';

export const dynamic = 'force-static';

export default function HomePage() {
  const catalog = getCatalog();
  const { katalog, massnahmen, dimensionen } = catalog;
  const neue = massnahmen.filter((m) => m.neu);
  const aussen = massnahmen.filter((m) => m.richtung.includes('aussen')).length;
  const innen = massnahmen.filter((m) => m.richtung.includes('innen')).length;
  const beide = massnahmen.filter(
    (m) => m.richtung.includes('innen') && m.richtung.includes('aussen'),
  ).length;
  // Citizens first see what they can use directly: offer types marked `direkt` in content/angebotsarten.yaml.
  const direkt = catalog.angebotsarten.filter((a) => a.direkt);
  const direktFilter = { ...emptyFilter, richtung: ['aussen'], angebotsart: direkt.map((a) => a.slug) };
  const direktView = applyFilter(catalog, direktFilter);
  return (
    <>
      <h1 className="text-3xl font-bold md:text-4xl">Vielfalt in Herne</h1>
      <div className="mt-4 max-w-3xl space-y-3 text-lg">
        <p>
          Der Diversity-Maßnahmenkatalog gibt allen Interessierten einen Überblick über die vielen
          unterschiedlichen Diversity-Maßnahmen der Stadt Herne – aufgeschlüsselt nach Diversity-Dimensionen,
          Dezernaten und Fachbereichen.
        </p>
        <p>
          Ziel ist es, aus unterschiedlichen Feldern Synergieeffekte zu erzielen und für alle Beteiligten neue
          Blickwinkel für das Thema Vielfalt zu schaffen.
        </p>
      </div>
      <p className="mt-3 text-muted">
        {countLabel(massnahmen.length)} · {katalog.auflage}. Auflage, Stand {katalog.stand} ·{' '}
        <a href="/ueber">Mehr über den Katalog</a>
      </p>

      <div className="mt-8">
        <SearchBox label="Maßnahmen durchsuchen" hint="Zum Beispiel „Beratung“ oder „Sprachkurs“" />
      </div>

      <section aria-labelledby="einstieg" className="mt-12">
        <h2 id="einstieg" className="text-2xl">
          Was suchen Sie?
        </h2>
        <ul className="mt-4 grid grid-cols-1 gap-4 md:grid-cols-2">
          <li className="border-l-4 border-brand bg-soft p-5">
            <h3 className="text-xl">
              <a
                href={direkt.length ? filterHref('/massnahmen', direktFilter) : '/massnahmen?richtung=aussen'}
              >
                Angebote für Bürger*innen
              </a>
            </h3>
            {direkt.length > 0 && (
              <>
                <p className="mt-2">
                  {countLabel(direktView.items.length, 'Angebot', 'Angebote')}, die Sie direkt nutzen können:
                </p>
                <ul className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
                  {direkt.map((a) => (
                    <li key={a.slug}>
                      <a href={filterHref('/massnahmen', { ...direktFilter, angebotsart: [a.slug] })}>
                        {a.titel}
                      </a>{' '}
                      <span className="text-muted">({direktView.counts.angebotsart.get(a.slug) ?? 0})</span>
                    </li>
                  ))}
                </ul>
              </>
            )}
            <p className="mt-2">
              <a href="/massnahmen?richtung=aussen">
                Alle {countLabel(aussen)} für die Herner Stadtgesellschaft
              </a>{' '}
              – auch Projekte, Netzwerke und Informationen.
            </p>
          </li>
          <li className="border-l-4 border-brand bg-soft p-5">
            <h3 className="text-xl">
              <a href="/massnahmen?richtung=innen">Angebote für Beschäftigte</a>
            </h3>
            <p className="mt-2">
              {countLabel(innen)} für Mitarbeitende der Stadtverwaltung: Dienstvereinbarungen, Fortbildungen,
              Beratung und Netzwerke.
            </p>
          </li>
        </ul>
        {beide > 0 && (
          <p className="mt-3 max-w-3xl text-muted">
            {countLabel(beide, 'Maßnahme richtet', 'Maßnahmen richten')} sich an beide und{' '}
            {beide === 1 ? 'zählt' : 'zählen'} deshalb in beiden Angeboten mit; zusammen sind es{' '}
            {countLabel(massnahmen.length)}.
          </p>
        )}
      </section>

      <section aria-labelledby="dimensionen" className="mt-12">
        <h2 id="dimensionen" className="text-2xl">
          Maßnahmen nach Dimension
        </h2>
        <ul className="mt-4 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {dimensionen.map((d) => (
            <li key={d.slug} className="flex flex-col border border-line p-5">
              <h3 className="text-lg">
                <a href={`/dimensionen/${d.slug}`}>
                  {d.nummer}. <Typeset text={d.titel} terms={catalog.sprachen} />
                </a>
              </h3>
              <p className="mt-1 font-semibold">{countLabel(inDimension(catalog, d.slug).length)}</p>
              <p className="mt-2 text-muted">{d.beschreibung}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="neu" className="mt-12">
        <h2 id="neu" className="text-2xl">
          Neu in der {katalog.auflage}. Auflage
        </h2>
        <p className="mt-2">
          {countLabel(neue.length, 'Maßnahme ist', 'Maßnahmen sind')} neu hinzugekommen.{' '}
          <a href="/massnahmen?neu=1">Alle neuen Maßnahmen filtern</a>
        </p>
        <div className="mt-4">
          <MassnahmeList catalog={catalog} items={neue} />
        </div>
      </section>
    </>
  );
}
