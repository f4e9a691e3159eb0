import type { ReactNode } from 'react';
import type { Kontakt } from '@/lib/content/types';
import { labelPrefix } from '@/lib/label';
import { formatPhone } from '@/lib/phone';
import { type ForeignTerms, noForeignTerms } from '@/lib/typography';
import { EmailAddress } from './EmailAddress';
import { Typeset } from './Typeset';

/**
 * Address, phone and e-mail of a contact point, with tel: and mailto: links. The office's
 * name is shown once: the address line is left out where the heading already says it
 * („Büro für Gleichstellung und Vielfalt (BGV)“ over „Büro für Gleichstellung und Vielfalt“).
 * Phone numbers are written per DIN 5008 (lib/phone.ts); numbers never wrap,
 * e-mail addresses only before their "@" (EmailAddress).
 */
export function KontaktCard({
  kontakt,
  headingLevel = 3,
  link = true,
  terms = noForeignTerms,
  children,
}: {
  kontakt: Pick<Kontakt, 'slug' | 'titel' | 'kontakt'>;
  headingLevel?: 2 | 3;
  link?: boolean;
  /** Expressions in other languages (catalogue.sprachen), marked in the heading. */
  terms?: ForeignTerms;
  /** More about the contact (e.g. a link to its page), inside the card. */
  children?: ReactNode;
}) {
  const Heading = `h${headingLevel}` as const;
  const k = kontakt.kontakt;
  return (
    <section className="border-l-4 border-brand bg-soft p-4" aria-label={kontakt.titel}>
      <Heading className="text-lg font-bold">
        {link ? (
          <a href={`/kontakte/${kontakt.slug}`}>
            <Typeset text={kontakt.titel} terms={terms} />
          </a>
        ) : (
          <Typeset text={kontakt.titel} terms={terms} />
        )}
      </Heading>
      <address className="mt-2 not-italic">
        {k.stelle && !kontakt.titel.startsWith(k.stelle) && <span className="block">{k.stelle}</span>}
        {k.name && !kontakt.titel.startsWith(k.name) && <span className="block">{k.name}</span>}
        <span className="block">{k.strasse}</span>
        <span className="block">
          {k.plz} {k.ort}
        </span>
        <span className="mt-2 block">
          {labelPrefix(k.telefonBezeichnung ?? 'Telefon')}{' '}
          <a href={`tel:${k.telefonLink}`}>{formatPhone(k.telefon)}</a>
        </span>
        {k.email && (
          <span className="block">
            E-Mail:{' '}
            <a href={`mailto:${k.email}`}>
              <EmailAddress address={k.email} />
            </a>
          </span>
        )}
      </address>
      {children}
    </section>
  );
}
