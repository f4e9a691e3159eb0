import { Prose } from '@/components/Prose';
import type { Catalog } from '@/lib/content/types';

/** Vorwort and "Gender und Diversity Mainstreaming", as on /ueber and in the printable catalogue. */
export function AboutSections({
  seiten,
  className = '',
  headingClass = 'text-2xl',
}: {
  seiten: Catalog['seiten'];
  className?: string;
  headingClass?: string;
}) {
  const vorwort = seiten.get('vorwort');
  const gdm = seiten.get('gender-und-diversity-mainstreaming');
  return (
    <>
      {vorwort && (
        <section aria-labelledby="vorwort" className={`mt-12 ${className}`}>
          <h2 id="vorwort" className={headingClass}>
            {vorwort.titel}
          </h2>
          <Prose html={vorwort.inhalt.html} className="mt-3" />
          {(vorwort.gruss || vorwort.unterschrift) && (
            <p className="mt-4">
              {vorwort.gruss}
              <br />
              {vorwort.unterschrift}
            </p>
          )}
        </section>
      )}
      {gdm && (
        <section aria-labelledby="mainstreaming" className={`mt-12 ${className}`}>
          <h2 id="mainstreaming" className={headingClass}>
            {gdm.titel}
          </h2>
          <Prose html={gdm.inhalt.html} className="mt-3" />
        </section>
      )}
    </>
  );
}
