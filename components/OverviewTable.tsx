import type { Massnahme } from '@/lib/content/types';
import type { ForeignTerms } from '@/lib/typography';
import { Typeset } from './Typeset';

function Mark({ on }: { on: boolean }) {
  return on ? (
    <>
      <span aria-hidden="true">●</span>
      <span className="sr-only">ja</span>
    </>
  ) : (
    <span className="sr-only">nein</span>
  );
}

/** The overview table that opens each section of the brochure. */
export function OverviewTable({
  massnahmen,
  caption,
  terms,
}: {
  massnahmen: readonly Massnahme[];
  caption: string;
  /** Expressions in other languages (catalogue.sprachen). */
  terms: ForeignTerms;
}) {
  // relative: the visually hidden cell texts (position: absolute) scroll with the table
  // instead of widening the page at 320 px.
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left text-xl font-bold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-4">
              Titel der Maßnahme
            </th>
            <th scope="col" className="px-2 py-2 text-center [overflow-wrap:normal]">
              Neu
            </th>
            <th scope="col" className="px-2 py-2 text-center [overflow-wrap:normal]">
              Nach innen<span className="hidden sm:inline"> gerichtet</span>
            </th>
            <th scope="col" className="px-2 py-2 text-center [overflow-wrap:normal]">
              Nach außen<span className="hidden sm:inline"> gerichtet</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {massnahmen.map((m) => (
            <tr key={m.slug} className="border-b border-line">
              <th scope="row" className="py-2 pr-4 font-normal">
                <a href={`/massnahmen/${m.slug}`}>
                  <Typeset text={m.kurztitel ?? m.titel} terms={terms} />
                </a>
              </th>
              <td className="px-2 py-2 text-center">
                {m.neu ? <strong>neu</strong> : <span className="sr-only">nein</span>}
              </td>
              <td className="px-2 py-2 text-center">
                <Mark on={m.richtung.includes('innen')} />
              </td>
              <td className="px-2 py-2 text-center">
                <Mark on={m.richtung.includes('aussen')} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
