import type { Catalog } from '@/lib/content/types';
import {
  changeLabel,
  changesSince,
  germanDate,
  type History,
  isoDay,
  latestChangesShown,
} from '@/lib/history';
import { lookups } from '@/lib/queries';

/** A measure by its slug: a link while it exists, its former file name once removed. */
function MeasureName({ catalog, slug }: { catalog: Catalog; slug: string }) {
  const m = lookups(catalog).massnahme.get(slug);
  return m ? (
    <a href={`/massnahmen/${slug}`}>{m.titel}</a>
  ) : (
    <span>
      {slug} <span className="text-muted">(nicht mehr im Katalog)</span>
    </span>
  );
}

const diffGroups: { key: 'added' | 'changed' | 'removed'; title: string; empty: string }[] = [
  { key: 'added', title: 'Hinzugefügt', empty: 'Keine Maßnahme hinzugefügt.' },
  { key: 'changed', title: 'Geändert', empty: 'Keine Maßnahme geändert.' },
  { key: 'removed', title: 'Entfernt', empty: 'Keine Maßnahme entfernt.' },
];

/** The content of /aenderungen for a catalogue and its history (a component so tests can render it). */
export function AenderungenView({ catalog, history }: { catalog: Catalog; history: History }) {
  if (!history.available) {
    return (
      <p className="mt-6 max-w-3xl" data-testid="kein-verlauf">
        Für diese Fassung der Website liegt kein Änderungsverlauf vor: Sie wurde ohne die Versionsgeschichte
        des Katalogs erstellt.
      </p>
    );
  }
  const edition = history.editions[0];
  const diff = edition ? changesSince(history, edition) : undefined;
  const latest = history.changes.slice(0, latestChangesShown);
  return (
    <>
      {history.shallow && (
        <p className="mt-6 max-w-3xl border-l-4 border-brand bg-soft p-4" data-testid="flache-kopie">
          Die Website wurde aus einer verkürzten Versionsgeschichte erstellt. Ältere Änderungen fehlen hier;
          sie sind im Repository des Katalogs vollständig nachzulesen.
        </p>
      )}
      {diff && (
        <section aria-labelledby="seit-auflage" className="mt-10 max-w-3xl" data-testid="seit-auflage">
          <h2 id="seit-auflage" className="text-2xl">
            Seit der {diff.edition.auflage}. Auflage
          </h2>
          <p className="mt-2">
            Änderungen nach dem Abschluss der {diff.edition.auflage}. Auflage am{' '}
            <time dateTime={isoDay(diff.edition.date)}>{germanDate(diff.edition.date)}</time>.
          </p>
          {diffGroups.map((g) => (
            <div key={g.key} data-testid={`seit-auflage-${g.key}`}>
              <h3 className="mt-6 text-lg">
                {g.title} ({diff[g.key].length})
              </h3>
              {diff[g.key].length ? (
                <ul className="mt-2 list-disc space-y-1 pl-6">
                  {diff[g.key].map((slug) => (
                    <li key={slug}>
                      <MeasureName catalog={catalog} slug={slug} />
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="mt-2">{g.empty}</p>
              )}
            </div>
          ))}
        </section>
      )}
      <section aria-labelledby="letzte" className="mt-10 max-w-3xl">
        <h2 id="letzte" className="text-2xl">
          Letzte Änderungen
        </h2>
        {latest.length ? (
          <ol className="mt-3 space-y-3" data-testid="letzte-aenderungen">
            {latest.map((c) => (
              <li key={`${c.hash}-${c.slug}`} data-kind={c.kind} data-slug={c.slug}>
                <time dateTime={isoDay(c.date)}>{germanDate(c.date)}</time> – {changeLabel[c.kind]}:{' '}
                <MeasureName catalog={catalog} slug={c.slug} />
                <span className="block text-muted">{c.subject}</span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="mt-3">Noch keine Änderungen verzeichnet.</p>
        )}
      </section>
    </>
  );
}
