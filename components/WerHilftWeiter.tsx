import type { Hilfe } from '@/lib/hilfe';
import type { ForeignTerms } from '@/lib/typography';
import { KontaktCard } from './KontaktCard';

/**
 * „Wer hilft weiter?“ near the top of a measure page: its own contact points, else its
 * unit's contact, else the catalogue's editors (lib/hilfe.ts). Always phone and e-mail.
 */
export function WerHilftWeiter({ hilfe, terms }: { hilfe: Hilfe; terms: ForeignTerms }) {
  return (
    <section
      id="wer-hilft-weiter"
      aria-labelledby="wer-hilft-weiter-titel"
      className="mt-6 max-w-3xl border-2 border-brand p-4"
    >
      <h2 id="wer-hilft-weiter-titel" className="text-xl font-bold">
        Wer hilft weiter?
      </h2>
      <p className="mt-1">{hilfe.hinweis}</p>
      {/* Two columns only for two or more cards: a single card uses the width, so its e-mail
          address stays on one line. */}
      <div className={`mt-3 grid grid-cols-1 gap-3 ${hilfe.kontakte.length > 1 ? 'sm:grid-cols-2' : ''}`}>
        {hilfe.kontakte.map((k) => (
          <KontaktCard key={k.slug || k.titel} kontakt={k} link={k.slug !== ''} terms={terms} />
        ))}
      </div>
    </section>
  );
}
