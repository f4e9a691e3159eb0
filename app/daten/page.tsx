import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { getCatalog } from '@/lib/content/catalog';
import { csvColumns } from '@/lib/export';
import { licence } from '@/lib/opendata';
import { pageMeta } from '@/lib/site';

export const dynamic = 'force-static';

export const metadata: Metadata = pageMeta({
  title: 'Daten und Schnittstellen',
  description:
    'Den Diversity-Maßnahmenkatalog als offene Daten nutzen: JSON-Schnittstelle, CSV-Export für Excel und Atom-Feed.',
  path: '/daten',
});

const code = 'rounded-sm bg-soft px-1 font-mono text-[0.95em]';

export default function DatenPage() {
  const { massnahmen } = getCatalog();
  const example = massnahmen[0]?.slug ?? '';
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Startseite' }, { label: 'Daten und Schnittstellen' }]} />
      <h1 className="text-3xl font-bold">Daten und Schnittstellen</h1>
      <p className="mt-3 max-w-3xl text-lg">
        Alle Inhalte des Katalogs stehen auch maschinenlesbar bereit – zum Beispiel für Auswertungen, für
        andere Websites oder für eine Liste in Excel. Alle Schnittstellen nutzen dieselben Filter wie die{' '}
        <a href="/massnahmen">Liste der Maßnahmen</a>.
      </p>

      <section aria-labelledby="lizenz" className="mt-8 max-w-3xl border-l-4 border-error bg-soft p-4">
        <h2 id="lizenz" className="text-xl">
          Lizenz
        </h2>
        <p className="mt-2">
          <strong>{licence.text}</strong> Bis zu dieser Entscheidung gilt keine offene Lizenz; bitte fragen
          Sie vor einer Weiterverwendung beim Büro für Gleichstellung und Vielfalt nach.
        </p>
      </section>

      <section aria-labelledby="filter" className="mt-10 max-w-3xl">
        <h2 id="filter" className="text-2xl">
          Filter
        </h2>
        <p className="mt-2">Jede Adresse unten versteht diese Parameter, einzeln oder kombiniert:</p>
        <dl className="mt-3 space-y-2">
          {[
            ['q', 'Suchbegriff, z. B. q=Beratung'],
            [
              'dimension',
              'Abschnitt, mehrfach möglich: uebergreifend, geschlecht, ethnische-herkunft, behinderung, alter, sexuelle-identitaet, religion-weltanschauung',
            ],
            ['dezernat', 'i, iii, iv, vi (mehrfach möglich)'],
            ['fachbereich', 'Kürzel des Fachbereichs oder Büros, z. B. soziales (mehrfach möglich)'],
            [
              'richtung',
              'innen (für Beschäftigte) oder aussen (für Bürger*innen); Maßnahmen mit beiden Richtungen zählen jeweils mit',
            ],
            ['zielgruppe', 'Kürzel der Zielgruppe, z. B. eltern-und-familien (mehrfach möglich)'],
            ['neu', '1 = nur neue Maßnahmen'],
          ].map(([name, text]) => (
            <div key={name}>
              <dt>
                <code className={code}>{name}</code>
              </dt>
              <dd className="ml-4">{text}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3">
          Mehrere Werte einer Gruppe werden mit „oder“ verknüpft, verschiedene Gruppen mit „und“. Ein
          unbekannter Wert ergibt eine Fehlermeldung (bei JSON und CSV mit dem Status 400) statt
          stillschweigend falscher Daten.
        </p>
      </section>

      <section aria-labelledby="json" className="mt-10 max-w-3xl">
        <h2 id="json" className="text-2xl">
          JSON
        </h2>
        <ul className="mt-2 list-disc space-y-2 pl-6">
          <li>
            <a href="/api/massnahmen">
              <code className={code}>/api/massnahmen</code>
            </a>{' '}
            – alle Maßnahmen: <code className={code}>{'{ "gesamt": 84, "massnahmen": [ … ] }'}</code>. Jede
            Maßnahme hat{' '}
            <code className={code}>
              slug, titel, dimensionen, dezernat, fachbereiche, richtung, neu, zielgruppen, angebotsart,
              kontakte, auszug, url
            </code>
            . Mit <code className={code}>q</code> sind die Treffer nach Relevanz sortiert.
          </li>
          <li>
            <a href={`/api/massnahmen/${example}`}>
              <code className={code}>/api/massnahmen/{example}</code>
            </a>{' '}
            – eine Maßnahme mit vollem Text (Markdown und HTML) und ihren Anlaufstellen.
          </li>
          <li>
            Beispiel mit Filtern:{' '}
            <a href="/api/massnahmen?dimension=alter&richtung=aussen">
              <code className={code}>
                /api/massnahmen?
                <wbr />
                dimension=alter&amp;
                <wbr />
                richtung=aussen
              </code>
            </a>
          </li>
        </ul>
        <p className="mt-2">
          Die Schnittstelle ist öffentlich, braucht keinen Schlüssel und erlaubt Abrufe von anderen Websites
          (CORS).
        </p>
      </section>

      <section aria-labelledby="csv" className="mt-10 max-w-3xl">
        <h2 id="csv" className="text-2xl">
          CSV für Excel
        </h2>
        <p className="mt-2">
          <a href="/massnahmen.csv" download>
            <code className={code}>/massnahmen.csv</code>
          </a>{' '}
          – eine Zeile je Maßnahme, Spalten: {csvColumns.join(', ')}. Format: UTF-8 mit BOM, Semikolon als
          Trennzeichen – öffnet sich in Excel mit Umlauten richtig. Auf der{' '}
          <a href="/massnahmen">Liste der Maßnahmen</a> lädt der Link „Diese Auswahl als CSV herunterladen“
          genau die gefilterte Auswahl.
        </p>
      </section>

      <section aria-labelledby="metadaten" className="mt-10 max-w-3xl">
        <h2 id="metadaten" className="text-2xl">
          Metadaten für Open-Data-Portale
        </h2>
        <ul className="mt-2 list-disc space-y-2 pl-6">
          <li>
            <a href="/daten/dcat.ttl">
              <code className={code}>/daten/dcat.ttl</code>
            </a>{' '}
            – Beschreibung des Datensatzes nach DCAT-AP.de 2.0 (Turtle): Herausgeberin, Kontaktstelle,
            Raumbezug Herne, Lizenz und die Bezugsquellen CSV, JSON und Atom. Portale wie GovData und Open.NRW
            können sie automatisch einlesen.
          </li>
          <li>
            <a href="/datapackage.json">
              <code className={code}>/datapackage.json</code>
            </a>{' '}
            – Frictionless Data Package (Version 2): beschreibt die CSV-Datei mit Spalten, Datentypen und den
            erlaubten Werten.
          </li>
          <li>
            <a href="/aenderungen">Änderungen im Katalog</a> – was wann hinzugekommen, geändert oder entfernt
            wurde, auch als{' '}
            <a href="/aenderungen/feed.xml">
              <code className={code}>/aenderungen/feed.xml</code>
            </a>
            .
          </li>
        </ul>
      </section>

      <section aria-labelledby="feed" className="mt-10 max-w-3xl">
        <h2 id="feed" className="text-2xl">
          Atom-Feed
        </h2>
        <p className="mt-2">
          <a href="/feed.xml">
            <code className={code}>/feed.xml</code>
          </a>{' '}
          – alle Maßnahmen, die neuen zuerst. Feed-Reader finden ihn auf jeder Seite automatisch.
        </p>
      </section>
    </>
  );
}
