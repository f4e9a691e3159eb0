import type { Metadata } from 'next';
import { AboutSections } from '@/components/AboutSections';
import { EmailAddress } from '@/components/EmailAddress';
import { OverviewTable } from '@/components/OverviewTable';
import { PrintButton } from '@/components/PrintButton';
import { Prose } from '@/components/Prose';
import { Typeset } from '@/components/Typeset';
import { getCatalog } from '@/lib/content/catalog';
import { labelled } from '@/lib/label';
import { countLabel, groupByDezernatAndUnit, inDimension, lookups } from '@/lib/queries';
import { pageMeta } from '@/lib/site';

export const dynamic = 'force-static';

export const metadata: Metadata = pageMeta({
  title: 'Gesamter Katalog zum Drucken',
  description:
    'Der vollständige Diversity-Maßnahmenkatalog der Stadt Herne auf einer Seite, in der Reihenfolge der Broschüre – zum Drucken oder Speichern als PDF.',
  path: '/katalog',
});

export default function KatalogPage() {
  const catalog = getCatalog();
  const { katalog, dimensionen, kontakte } = catalog;
  const l = lookups(catalog);
  return (
    <div className="print-urls">
      <header className="border-b-4 border-brand pb-8">
        <p className="text-lg">
          {katalog.herausgeberin.name} · {katalog.herausgeberin.stelle}
        </p>
        <h1 className="mt-2 text-4xl font-bold">
          <Typeset text={katalog.titel} terms={catalog.sprachen} />
        </h1>
        <p className="mt-3 text-lg">
          {katalog.auflage}. Auflage, Stand {katalog.stand} · {countLabel(catalog.massnahmen.length)}
        </p>
        <div className="no-print mt-6 flex flex-wrap items-center gap-4">
          <PrintButton />
          <p className="text-muted">
            Tipp: Mit der Druckfunktion Ihres Browsers (Strg + P) drucken oder als PDF speichern.
          </p>
        </div>
      </header>

      <nav aria-labelledby="inhalt-titel" className="print-break mt-10">
        <h2 id="inhalt-titel" className="text-2xl">
          Inhaltsverzeichnis
        </h2>
        <ol className="mt-3 space-y-1">
          <li>
            <a href="#vorwort">Vorwort</a>
          </li>
          <li>
            <a href="#mainstreaming">Gender und Diversity Mainstreaming in der Stadt Herne</a>
          </li>
          {dimensionen.map((d) => (
            <li key={d.slug}>
              <a href={`#abschnitt-${d.slug}`}>
                {d.nummer}. {d.titel}
              </a>{' '}
              <span className="text-muted">({countLabel(inDimension(catalog, d.slug).length)})</span>
            </li>
          ))}
          <li>
            <a href="#anhang">Anhang: Anlaufstellen und Ansprechpersonen</a>
          </li>
        </ol>
      </nav>

      <AboutSections seiten={catalog.seiten} className="print-break" headingClass="text-3xl" />

      {dimensionen.map((d) => {
        const ms = inDimension(catalog, d.slug);
        return (
          <section key={d.slug} aria-labelledby={`abschnitt-${d.slug}`} className="print-break mt-16">
            <h2 id={`abschnitt-${d.slug}`} className="text-3xl">
              {d.nummer}. <Typeset text={d.titel} terms={catalog.sprachen} />
            </h2>
            <div className="mt-6">
              <OverviewTable massnahmen={ms} caption={`Übersicht: ${d.titel}`} terms={catalog.sprachen} />
            </div>
            {groupByDezernatAndUnit(catalog, ms).map((g) =>
              g.units.map((u) =>
                u.massnahmen.map((m) => (
                  <article
                    key={`${d.slug}-${m.slug}`}
                    aria-labelledby={`${d.slug}-${m.slug}`}
                    className="mt-10 break-inside-avoid-page"
                  >
                    <p className="text-muted">
                      {g.dezernat.titel} ·{' '}
                      {m.fachbereiche.map((f) => l.fachbereich.get(f)?.titel ?? f).join(' & ')}
                    </p>
                    <h3 id={`${d.slug}-${m.slug}`} className="mt-1 text-2xl">
                      <Typeset text={m.titel} terms={catalog.sprachen} />{' '}
                      {m.neu && <span className="text-base font-bold text-neu">(neu)</span>}
                    </h3>
                    <h4 className="mt-4 text-lg font-bold">Beschreibung der Maßnahme</h4>
                    <Prose html={m.beschreibung.html} className="mt-2" />
                    <h4 className="mt-4 text-lg font-bold">Ziele und Zielgruppen</h4>
                    <Prose html={m.ziele.html} className="mt-2" />
                    <h4 className="mt-4 text-lg font-bold">Wer ist für die Maßnahme verantwortlich?</h4>
                    <p className="mt-2 max-w-3xl">{m.verantwortlich}</p>
                    {m.verantwortung && <Prose html={m.verantwortung.html} className="mt-2" />}
                  </article>
                )),
              ),
            )}
          </section>
        );
      })}

      <section aria-labelledby="anhang" className="print-break mt-16">
        <h2 id="anhang" className="text-3xl">
          <Typeset text="Anhang: Anlaufstellen und Ansprechpersonen" />
        </h2>
        {kontakte.map((k) => (
          <article key={k.slug} aria-labelledby={`anhang-${k.slug}`} className="mt-8 break-inside-avoid-page">
            <h3 id={`anhang-${k.slug}`} className="text-xl">
              <Typeset text={k.titel} terms={catalog.sprachen} />
            </h3>
            <Prose html={k.beschreibung.html} className="mt-2" />
            <address className="mt-2 not-italic">
              {[k.kontakt.stelle, k.kontakt.name, k.kontakt.strasse, `${k.kontakt.plz} ${k.kontakt.ort}`]
                .filter(Boolean)
                .join(', ')}
              <br />
              {labelled(k.kontakt.telefonBezeichnung ?? 'Telefon', k.kontakt.telefon)}
              {k.kontakt.email && (
                <>
                  <br />
                  E-Mail: <EmailAddress address={k.kontakt.email} />
                </>
              )}
            </address>
          </article>
        ))}
      </section>
    </div>
  );
}
