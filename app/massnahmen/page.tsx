import type { Metadata } from 'next';
import { cache } from 'react';
import { ActiveFilters } from '@/components/ActiveFilters';
import { FilterForm } from '@/components/FilterForm';
import { Highlighted } from '@/components/Highlighted';
import { MassnahmeList } from '@/components/MassnahmeList';
import { KeineTrefferHilfe, SuchKontakte } from '@/components/Suchhilfe';
import { Typeset } from '@/components/Typeset';
import { getCatalog } from '@/lib/content/catalog';
import { filterHref, isEmptyFilter, type RawParams } from '@/lib/filter';
import { listing } from '@/lib/listing';
import { countLabel } from '@/lib/queries';
import { filterSummary } from '@/lib/result-title';
import { excerpt, highlight } from '@/lib/search';
import { feedLink, pageMeta } from '@/lib/site';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<RawParams> };

/** One computation per request, shared by generateMetadata and the page. */
const viewFor = cache(async (searchParams: Promise<RawParams>) => listing(getCatalog(), await searchParams));

function heading(n: number, filtered: boolean): string {
  if (!filtered) return `Alle Maßnahmen (${n})`;
  return n === 0 ? 'Keine Maßnahmen gefunden' : `${countLabel(n)} gefunden`;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const view = await viewFor(searchParams);
  const filtered = !isEmptyFilter(view.filter) || view.problems.length > 0;
  const summary = filterSummary(view.filter, getCatalog());
  return {
    ...pageMeta({
      // The title names the search, so that result pages differ in tabs, history and screen readers.
      title: summary
        ? `${heading(view.items.length, filtered)}: ${summary}`
        : heading(view.items.length, filtered),
      description:
        'Alle Diversity-Maßnahmen der Stadt Herne durchsuchen und nach Dimension, Zielgruppe, Dezernat, Fachbereich und Richtung filtern.',
      path: '/massnahmen',
    }),
    alternates: {
      canonical: '/massnahmen',
      types: { 'application/atom+xml': [feedLink], 'text/csv': filterHref('/massnahmen.csv', view.filter) },
    },
  };
}

export default async function MassnahmenPage({ searchParams }: Props) {
  const catalog = getCatalog();
  const view = await viewFor(searchParams);
  const { filter, items, problems, ignored } = view;
  const filtered = !isEmptyFilter(filter) || problems.length > 0;
  const title = heading(items.length, filtered);

  return (
    <>
      <h1 className="text-3xl font-bold">{title}</h1>
      <p role="status" className="mt-2 text-lg">
        {problems.length
          ? 'Die Suche konnte nicht ausgeführt werden.'
          : filtered
            ? `${countLabel(items.length)} von ${catalog.massnahmen.length} entsprechen Ihrer Auswahl.`
            : 'Ohne Filter: Sie sehen den ganzen Katalog.'}
      </p>
      {problems.length === 0 && (
        // On small screens the results follow the whole filter form: a plain anchor skips it (no
        // JavaScript needed). From lg up the results sit beside the form, and display:none also
        // takes the link out of the accessibility tree.
        <p className="mt-3 lg:hidden">
          <a href="#ergebnisse" className="font-bold">
            Zu den Ergebnissen ({items.length})
          </a>
        </p>
      )}

      {problems.length > 0 && (
        <section aria-labelledby="hinweis" className="mt-4 border-l-4 border-error bg-soft p-4">
          <h2 id="hinweis" className="text-lg font-bold">
            Hinweis: Die Adresse enthält ungültige Angaben
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {problems.map((p) => (
              <li key={`${p.param}-${p.value}`}>{p.message}</li>
            ))}
          </ul>
          <p className="mt-2">
            Bitte wählen Sie die Filter im Formular neu oder{' '}
            <a href="/massnahmen">zeigen Sie alle Maßnahmen an</a>.
          </p>
        </section>
      )}
      {ignored.length > 0 && problems.length === 0 && (
        <p className="mt-4 border-l-4 border-line bg-soft p-3">
          Hinweis: Unbekannte Angaben in der Adresse wurden ignoriert:{' '}
          {ignored.map((k) => `„${k}“`).join(', ')}.
        </p>
      )}

      <ActiveFilters catalog={catalog} filter={filter} />

      <div className="mt-8 grid grid-cols-1 gap-10 lg:grid-cols-[20rem_minmax(0,1fr)]">
        <FilterForm className="min-w-0" catalog={catalog} view={view} />
        <section aria-labelledby="ergebnisse" className="min-w-0">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="ergebnisse" className="text-2xl">
              Ergebnisse
            </h2>
            {items.length > 0 && (
              <a href={filterHref('/massnahmen.csv', filter)} download>
                Diese Auswahl als CSV herunterladen
              </a>
            )}
          </div>
          {items.length > 0 ? (
            <div className="mt-4">
              <SuchKontakte view={view} />
              <MassnahmeList
                catalog={catalog}
                items={items}
                title={
                  filter.q
                    ? (m) => (
                        <Highlighted
                          segments={highlight(m.titel, view.terms.get(m.slug) ?? [])}
                          terms={catalog.sprachen}
                        />
                      )
                    : undefined
                }
                excerpt={
                  filter.q
                    ? (m) => {
                        const terms = view.terms.get(m.slug) ?? [];
                        const seg = excerpt(m.beschreibung.text, terms) ?? excerpt(m.ziele.text, terms);
                        return seg ? (
                          <Highlighted segments={seg} terms={catalog.sprachen} />
                        ) : (
                          <Typeset text={m.auszug} terms={catalog.sprachen} />
                        );
                      }
                    : undefined
                }
              />
            </div>
          ) : (
            !problems.length && (
              <div className="mt-4 max-w-2xl">
                <p className="text-lg">Zu Ihrer Auswahl gibt es keine Maßnahme.</p>
                <KeineTrefferHilfe catalog={catalog} view={view} />
                <h3 className="mt-6 text-lg font-bold">Tipps für die Suche</h3>
                <ul className="mt-2 list-disc space-y-1 pl-6">
                  <li>
                    Prüfen Sie die Schreibweise des Suchbegriffs oder versuchen Sie ein allgemeineres Wort.
                  </li>
                  <li>
                    Entfernen Sie einzelne Filter (siehe „Aktive Filter“) – die Zahlen im Formular zeigen, wie
                    viele Maßnahmen jede Auswahl ergibt.
                  </li>
                  <li>
                    <a href="/massnahmen">Alle Maßnahmen anzeigen</a> oder nach{' '}
                    <a href="/#dimensionen">Dimension stöbern</a>.
                  </li>
                </ul>
              </div>
            )
          )}
        </section>
      </div>
    </>
  );
}
