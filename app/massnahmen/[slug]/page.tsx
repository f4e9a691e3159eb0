import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Aenderungsverlauf } from '@/components/Aenderungsverlauf';
import { AenderungVorschlagen } from '@/components/AenderungVorschlagen';
import { Badges } from '@/components/Badges';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { DezernatHint } from '@/components/DezernatHint';
import { MassnahmeList } from '@/components/MassnahmeList';
import { Prose } from '@/components/Prose';
import { Typeset } from '@/components/Typeset';
import { WerHilftWeiter } from '@/components/WerHilftWeiter';
import { getCatalog } from '@/lib/content/catalog';
import { richtungLabel } from '@/lib/content/labels';
import { hilfeFor } from '@/lib/hilfe';
import { jsonLdString, measureJsonLd } from '@/lib/jsonld';
import { lookups, relatedMassnahmen } from '@/lib/queries';
import { pageMeta, repositoryUrl } from '@/lib/site';

export const dynamic = 'force-static';

export const dynamicParams = false;

export function generateStaticParams() {
  return getCatalog().massnahmen.map((m) => ({ slug: m.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const m = lookups(getCatalog()).massnahme.get((await params).slug);
  if (!m) return {};
  return pageMeta({ title: m.titel, description: m.auszug, path: `/massnahmen/${m.slug}` });
}

export default async function MassnahmePage({ params }: Props) {
  const catalog = getCatalog();
  const l = lookups(catalog);
  const m = l.massnahme.get((await params).slug);
  if (!m) notFound();
  const dezernat = l.dezernatById.get(m.dezernat);
  const dimension = l.dimension.get(m.dimensionen[0] ?? '');
  const related = relatedMassnahmen(catalog, m);

  return (
    <article>
      <script
        type="application/ld+json"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON data block, "<" escaped by jsonLdString
        dangerouslySetInnerHTML={{ __html: jsonLdString(measureJsonLd(catalog, m)) }}
      />
      <Breadcrumbs
        terms={catalog.sprachen}
        items={[
          { href: '/', label: 'Startseite' },
          ...(dimension ? [{ href: `/dimensionen/${dimension.slug}`, label: dimension.titel }] : []),
          { label: m.titel },
        ]}
      />
      <h1 className="max-w-4xl text-3xl font-bold">
        <Typeset text={m.titel} terms={catalog.sprachen} />
      </h1>
      <Badges catalog={catalog} massnahme={m} className="mt-4" />
      <WerHilftWeiter hilfe={hilfeFor(catalog, m)} terms={catalog.sprachen} />

      <div className="mt-8 grid grid-cols-1 gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0">
          <section aria-labelledby="beschreibung">
            <h2 id="beschreibung" className="text-2xl">
              Beschreibung der Maßnahme
            </h2>
            <Prose html={m.beschreibung.html} className="mt-3" />
          </section>
          <section aria-labelledby="ziele" className="mt-10">
            <h2 id="ziele" className="text-2xl">
              Ziele und Zielgruppen
            </h2>
            <Prose html={m.ziele.html} className="mt-3" />
            <h3 className="mt-6 text-lg">Zielgruppen im Katalog</h3>
            <ul className="mt-2 flex flex-wrap gap-2">
              {m.zielgruppen.map((z) => (
                <li key={z}>
                  <a
                    href={`/massnahmen?zielgruppe=${z}`}
                    className="inline-block border border-brand px-2 py-1"
                  >
                    {l.zielgruppe.get(z)?.titel ?? z}
                  </a>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="verantwortlich" className="mt-10">
            <h2 id="verantwortlich" className="text-2xl">
              Wer ist für die Maßnahme verantwortlich?
            </h2>
            {/* One line per unit where the brochure names several (pre-line keeps the breaks). */}
            <p className="mt-3 max-w-3xl whitespace-pre-line">
              <Typeset text={m.verantwortlich} terms={catalog.sprachen} />
            </p>
            {m.verantwortung && <Prose html={m.verantwortung.html} className="mt-3" />}
          </section>
          <Aenderungsverlauf slug={m.slug} />
        </div>

        <aside aria-label="Auf einen Blick" className="space-y-6">
          <dl className="space-y-3 border-t-4 border-brand bg-soft p-4">
            <div>
              <dt className="font-bold">Dezernat</dt>
              <dd>
                {dezernat && (
                  <a href={`/dezernate/${dezernat.slug}`}>
                    <Typeset text={dezernat.titel} terms={catalog.sprachen} />
                  </a>
                )}
                <DezernatHint catalog={catalog} dezernatId={m.dezernat} />
              </dd>
            </div>
            <div>
              <dt className="font-bold">
                {m.fachbereiche.length > 1 ? 'Fachbereiche und Büros' : 'Fachbereich oder Büro'}
              </dt>
              {m.fachbereiche.map((f) => (
                <dd key={f}>
                  <a href={`/fachbereiche/${f}`}>
                    <Typeset text={l.fachbereich.get(f)?.titel ?? f} terms={catalog.sprachen} />
                  </a>
                </dd>
              ))}
            </div>
            <div>
              <dt className="font-bold">Art des Angebots</dt>
              {m.angebotsart.map((a) => (
                <dd key={a}>
                  <a href={`/massnahmen?angebotsart=${a}`}>
                    <Typeset text={l.angebotsart.get(a)?.titel ?? a} terms={catalog.sprachen} />
                  </a>
                </dd>
              ))}
            </div>
            <div>
              <dt className="font-bold">Richtung</dt>
              {m.richtung.map((r) => (
                <dd key={r}>{richtungLabel(r, 'lang')}</dd>
              ))}
            </div>
            {m.links && m.links.length > 0 && (
              <div>
                <dt className="font-bold">Weitere Informationen</dt>
                {m.links.map((link) => (
                  <dd key={link.url}>
                    <a href={link.url} rel="noopener">
                      {link.titel}
                    </a>
                  </dd>
                ))}
              </div>
            )}
          </dl>
          <AenderungVorschlagen
            slug={m.slug}
            titel={m.titel}
            email={catalog.katalog.herausgeberin.email}
            repository={repositoryUrl()}
          />
        </aside>
      </div>

      {related.length > 0 && (
        <section aria-labelledby="aehnlich" className="mt-12">
          <h2 id="aehnlich" className="text-2xl">
            Ähnliche Maßnahmen
          </h2>
          <p className="mt-1 text-muted">
            Gleiche Dimension oder Zielgruppe – zuerst aus anderen Fachbereichen.
          </p>
          <div className="mt-4">
            <MassnahmeList catalog={catalog} items={related} />
          </div>
        </section>
      )}
    </article>
  );
}
