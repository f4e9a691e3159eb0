import { germanDate, getHistory, type History, historyUrl, isoDay } from '@/lib/history';
import { repositoryUrl } from '@/lib/site';

/** How many history entries a measure page shows. */
export const shownEntries = 5;

/**
 * „Zuletzt geändert am …“ and the last changes of one measure, from git (lib/history.ts).
 * Renders nothing when the site was built without a git history.
 */
export function Aenderungsverlauf({
  slug,
  history = getHistory(),
  repository = repositoryUrl(),
}: {
  slug: string;
  history?: History;
  repository?: string;
}) {
  const h = history.measures.get(slug);
  if (!history.available || !h) return null;
  const full = historyUrl(repository, slug);
  return (
    <section aria-labelledby="aenderungsverlauf" className="mt-10" data-testid="aenderungsverlauf">
      <h2 id="aenderungsverlauf" className="text-2xl">
        Änderungsverlauf
      </h2>
      <p className="mt-3" data-testid="zuletzt-geaendert">
        {h.lastChanged ? (
          <>
            Zuletzt geändert am <time dateTime={isoDay(h.lastChanged)}>{germanDate(h.lastChanged)}</time>
          </>
        ) : h.notAfter ? (
          <>
            Zuletzt geändert spätestens am <time dateTime={isoDay(h.notAfter)}>{germanDate(h.notAfter)}</time>{' '}
            (ältere Versionen lagen beim Erstellen der Website nicht vor)
          </>
        ) : null}
      </p>
      {h.entries.length > 0 && (
        <ol className="mt-3 space-y-1" aria-label="Letzte Änderungen, neueste zuerst">
          {h.entries.slice(0, shownEntries).map((e) => (
            <li key={e.hash}>
              <time dateTime={isoDay(e.date)}>{germanDate(e.date)}</time>: {e.subject}
            </li>
          ))}
        </ol>
      )}
      <p className="mt-3">
        {full && (
          <>
            <a href={full} rel="noopener">
              Vollständiger Verlauf auf GitHub
            </a>
            {' · '}
          </>
        )}
        <a href="/aenderungen">Alle Änderungen im Katalog</a>
      </p>
    </section>
  );
}
