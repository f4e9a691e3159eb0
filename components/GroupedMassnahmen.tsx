import type { Catalog, Massnahme } from '@/lib/content/types';
import { countLabel, groupByDezernatAndUnit, groupByDimension } from '@/lib/queries';
import { MassnahmeList } from './MassnahmeList';
import { Typeset } from './Typeset';

/** Measures grouped by Dezernat (h2) and leading unit (h3), as in the brochure. */
export function ByDezernatAndUnit({
  catalog,
  massnahmen,
}: {
  catalog: Catalog;
  massnahmen: readonly Massnahme[];
}) {
  const groups = groupByDezernatAndUnit(catalog, massnahmen);
  return (
    <>
      {groups.map((g) => (
        <section key={g.dezernat.id} aria-labelledby={`dez-${g.dezernat.slug}`} className="mt-10">
          <h2 id={`dez-${g.dezernat.slug}`} className="text-2xl">
            <Typeset text={g.dezernat.titel} terms={catalog.sprachen} />
          </h2>
          {g.units.map((u) => (
            <section
              key={u.fachbereich.slug}
              aria-labelledby={`fb-${g.dezernat.slug}-${u.fachbereich.slug}`}
              className="mt-6"
            >
              <h3 id={`fb-${g.dezernat.slug}-${u.fachbereich.slug}`} className="text-xl">
                <Typeset text={u.fachbereich.titel} terms={catalog.sprachen} />{' '}
                <span className="font-normal text-muted">({countLabel(u.massnahmen.length)})</span>
              </h3>
              <div className="mt-3">
                <MassnahmeList catalog={catalog} items={u.massnahmen} headingLevel={4} />
              </div>
            </section>
          ))}
        </section>
      ))}
    </>
  );
}

/** Measures grouped by section (h2). */
export function ByDimension({ catalog, massnahmen }: { catalog: Catalog; massnahmen: readonly Massnahme[] }) {
  const groups = groupByDimension(catalog, massnahmen);
  return (
    <>
      {groups.map((g) => (
        <section key={g.dimension.slug} aria-labelledby={`dim-${g.dimension.slug}`} className="mt-10">
          <h2 id={`dim-${g.dimension.slug}`} className="text-2xl">
            {g.dimension.nummer}. <Typeset text={g.dimension.titel} terms={catalog.sprachen} />{' '}
            <span className="text-lg font-normal text-muted">({countLabel(g.massnahmen.length)})</span>
          </h2>
          <div className="mt-3">
            <MassnahmeList catalog={catalog} items={g.massnahmen} />
          </div>
        </section>
      ))}
    </>
  );
}
