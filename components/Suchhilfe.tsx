import type { Catalog } from '@/lib/content/types';
import { filterHref } from '@/lib/filter';
import { redaktionKontakt } from '@/lib/hilfe';
import type { Listing } from '@/lib/listing';
import { KontaktCard } from './KontaktCard';

/** „Meinten Sie …?“ with a link that searches the close spelling (keeping the other filters). */
function MeintenSie({ view }: { view: Listing }) {
  if (!view.vorschlag) return null;
  return (
    <p className="mt-4 text-lg">
      Meinten Sie{' '}
      <a href={filterHref('/massnahmen', { ...view.filter, q: view.vorschlag })}>
        „<strong>{view.vorschlag}</strong>“
      </a>
      ?
    </p>
  );
}

/** Above the measures of a search: the spelling suggestion and the matching contact points. */
export function SuchKontakte({ view }: { view: Listing }) {
  if (!view.filter.q) return null;
  return (
    <>
      <MeintenSie view={view} />
      {view.kontakte.length > 0 && (
        <section id="anlaufstellen" aria-labelledby="anlaufstellen-titel" className="mt-4">
          <h3 id="anlaufstellen-titel" className="text-xl font-bold">
            Passende Anlaufstelle{view.kontakte.length > 1 ? 'n' : ''}
          </h3>
          <div className="mt-2 grid grid-cols-1 gap-3 sm:grid-cols-2">
            {view.kontakte.map((k) => (
              <KontaktCard key={k.slug} kontakt={k} headingLevel={3} />
            ))}
          </div>
        </section>
      )}
    </>
  );
}

/**
 * A search without results still names a person: the best-fitting contact point (or,
 * when none fits, the equality office, which passes questions on), with phone and e-mail.
 */
export function KeineTrefferHilfe({ catalog, view }: { catalog: Catalog; view: Listing }) {
  const redaktion = redaktionKontakt(catalog);
  const fits = view.kontakte[0];
  return (
    <>
      <MeintenSie view={view} />
      <section id="anlaufstellen" aria-labelledby="anlaufstellen-titel" className="mt-4">
        <h3 id="anlaufstellen-titel" className="text-xl font-bold">
          {fits ? 'Diese Anlaufstelle kann weiterhelfen' : 'Wir helfen Ihnen weiter'}
        </h3>
        {!fits && (
          <p className="mt-1">
            Das {redaktion.titel.replace(/\s*\(.*\)$/, '')} betreut diesen Katalog und vermittelt Sie an die
            zuständige Stelle – Telefon{' '}
            <a href={`tel:${redaktion.kontakt.telefonLink}`}>{redaktion.kontakt.telefon}</a>.
          </p>
        )}
        <div className="mt-2 max-w-md">
          <KontaktCard kontakt={fits ?? redaktion} headingLevel={3} link={(fits ?? redaktion).slug !== ''} />
        </div>
      </section>
    </>
  );
}
