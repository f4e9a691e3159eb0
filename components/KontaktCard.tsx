import type { Kontakt } from '@/lib/content/types';

/** Address, phone and e-mail of a contact point, with tel: and mailto: links. */
export function KontaktCard({
  kontakt,
  headingLevel = 3,
  link = true,
}: {
  kontakt: Pick<Kontakt, 'slug' | 'titel' | 'kontakt'>;
  headingLevel?: 2 | 3;
  link?: boolean;
}) {
  const Heading = `h${headingLevel}` as const;
  const k = kontakt.kontakt;
  return (
    <section className="border-l-4 border-brand bg-soft p-4" aria-label={kontakt.titel}>
      <Heading className="text-lg font-bold">
        {link ? <a href={`/kontakte/${kontakt.slug}`}>{kontakt.titel}</a> : kontakt.titel}
      </Heading>
      <address className="mt-2 not-italic">
        {k.stelle && <span className="block">{k.stelle}</span>}
        {k.name && <span className="block">{k.name}</span>}
        <span className="block">{k.strasse}</span>
        <span className="block">
          {k.plz} {k.ort}
        </span>
        <span className="mt-2 block">
          {k.telefonBezeichnung ?? 'Telefon'}:{' '}
          <a href={`tel:${k.telefonLink}`}>{k.telefon.replace(/ /g, '\u00a0').replace(/-/g, '\u2011')}</a>
        </span>
        {k.email && (
          <span className="block">
            E-Mail: <a href={`mailto:${k.email}`}>{k.email}</a>
          </span>
        )}
      </address>
    </section>
  );
}
