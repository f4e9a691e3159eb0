import type { Catalog } from '@/lib/content/types';
import { type Filter, facetKeys, facetLabels, facetOptions, filterHref, isEmptyFilter } from '@/lib/filter';
import { labelled } from '@/lib/label';

/** Summary of the active filters, each with a link that removes it, and "Alle Filter entfernen". */
export function ActiveFilters({ catalog, filter }: { catalog: Catalog; filter: Filter }) {
  if (isEmptyFilter(filter)) return null;
  const options = facetOptions(catalog);
  const chips: { label: string; href: string }[] = [];
  if (filter.q)
    chips.push({
      label: `Suchbegriff: „${filter.q}“`,
      href: filterHref('/massnahmen', { ...filter, q: '' }),
    });
  for (const key of facetKeys) {
    for (const value of filter[key]) {
      const label = options[key].find((o) => o.value === value)?.label ?? value;
      chips.push({
        label: labelled(facetLabels[key], label),
        href: filterHref('/massnahmen', { ...filter, [key]: filter[key].filter((v) => v !== value) }),
      });
    }
  }
  if (filter.neu)
    chips.push({ label: 'Nur neue Maßnahmen', href: filterHref('/massnahmen', { ...filter, neu: false }) });
  return (
    <section aria-labelledby="aktive-filter" className="mt-4">
      <h2 id="aktive-filter" className="text-base font-bold">
        Aktive Filter
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {chips.map((c) => (
          <li key={c.href}>
            <a href={c.href} className="inline-block border border-brand px-2 py-1 text-sm">
              {c.label} <span aria-hidden="true">×</span>
              <span className="sr-only"> – Filter entfernen</span>
            </a>
          </li>
        ))}
        <li>
          <a href="/massnahmen" className="inline-block px-2 py-1 text-sm font-bold">
            Alle Filter entfernen
          </a>
        </li>
      </ul>
    </section>
  );
}
