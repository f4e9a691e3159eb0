import type { Catalog } from '@/lib/content/types';
import { type FacetKey, facetLabels, facetOptions } from '@/lib/filter';
import { type Listing, sortOptions } from '@/lib/listing';
import { Typeset } from './Typeset';

const box = 'mt-1 size-5 shrink-0 accent-brand';

interface FacetGroupProps {
  catalog: Catalog;
  view: Listing;
  facet: FacetKey;
  /** Radio buttons (one value, with "Alle") or checkboxes (several values). */
  type: 'checkbox' | 'radio';
  /** Folded into <details>, open while one of its values is selected. */
  collapsible?: boolean;
}

function FacetOption({
  facet,
  type,
  value,
  checked,
  children,
}: {
  facet: FacetKey;
  type: 'checkbox' | 'radio';
  value: string;
  checked: boolean;
  children: React.ReactNode;
}) {
  const id = `${facet}-${value || 'alle'}`;
  return (
    <>
      <input type={type} id={id} name={facet} value={value} defaultChecked={checked} className={box} />
      <label htmlFor={id}>{children}</label>
    </>
  );
}

/**
 * One group of the filter form: fieldset + legend, each option with the number of results it
 * would give with the other groups' filters applied.
 */
export function FacetGroup({ catalog, view, facet, type, collapsible = false }: FacetGroupProps) {
  const selected = view.filter[facet];
  const counts = view.counts[facet];
  const fieldset = (
    <fieldset className="mt-2">
      <legend className={collapsible ? 'sr-only' : 'text-lg font-bold'}>{facetLabels[facet]}</legend>
      {/* Each option is a box and its label, the two columns of one grid: fewer elements to
          render per request than a list item around each (docs/performance-analysis.md). */}
      <div className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-2 gap-y-1.5">
        {type === 'radio' && (
          <FacetOption facet={facet} type={type} value="" checked={selected.length === 0}>
            Alle
          </FacetOption>
        )}
        {facetOptions(catalog)[facet].map((o) => (
          <FacetOption
            key={o.value}
            facet={facet}
            type={type}
            value={o.value}
            checked={selected.includes(o.value)}
          >
            <Typeset text={o.label} terms={catalog.sprachen} />
            <span className="text-muted">{` (${counts.get(o.value) ?? 0})`}</span>
          </FacetOption>
        ))}
      </div>
    </fieldset>
  );
  if (!collapsible) return <div className="border-t border-line pt-4">{fieldset}</div>;
  return (
    <details className="border-t border-line pt-4" open={selected.length > 0}>
      <summary className="cursor-pointer text-lg font-bold">
        {facetLabels[facet]}
        {selected.length > 0 && <span className="font-normal"> ({selected.length} ausgewählt)</span>}
      </summary>
      {fieldset}
    </details>
  );
}

/**
 * The filter form of /massnahmen: a plain GET form (fieldset + legend per group, a submit
 * button), so it works without JavaScript.
 */
export function FilterForm({
  catalog,
  view,
  className,
}: {
  catalog: Catalog;
  view: Listing;
  className?: string;
}) {
  const { filter } = view;
  const sorts = Object.entries(sortOptions).filter(([value]) => value !== 'relevanz' || filter.q);
  return (
    <form
      action="/massnahmen"
      method="get"
      aria-labelledby="filter-titel"
      className={className ? `space-y-4 ${className}` : 'space-y-4'}
    >
      <h2 id="filter-titel" className="text-xl">
        Suchen und filtern
      </h2>
      <div>
        <label htmlFor="q" className="block text-lg font-bold">
          Suchbegriff
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={filter.q}
          maxLength={200}
          className="mt-1 w-full border-2 border-ink px-3 py-2"
        />
      </div>
      <FacetGroup catalog={catalog} view={view} facet="dimension" type="checkbox" />
      <FacetGroup catalog={catalog} view={view} facet="richtung" type="radio" />
      <FacetGroup catalog={catalog} view={view} facet="angebotsart" type="checkbox" collapsible />
      <FacetGroup catalog={catalog} view={view} facet="zielgruppe" type="checkbox" collapsible />
      <FacetGroup catalog={catalog} view={view} facet="dezernat" type="checkbox" collapsible />
      <FacetGroup catalog={catalog} view={view} facet="fachbereich" type="checkbox" collapsible />
      <div className="flex gap-2 border-t border-line pt-4">
        <input type="checkbox" id="neu" name="neu" value="1" defaultChecked={filter.neu} className={box} />
        <label htmlFor="neu">
          Nur neue Maßnahmen<span className="text-muted">{` (${view.counts.neu})`}</span>
        </label>
      </div>
      <div className="border-t border-line pt-4">
        <label htmlFor="sort" className="block font-bold">
          Sortierung
        </label>
        <select
          id="sort"
          name="sort"
          defaultValue={view.sort}
          className="mt-1 w-full border-2 border-ink bg-white px-2 py-2"
        >
          {sorts.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="w-full bg-brand px-4 py-3 font-bold text-white hover:bg-brand-dark">
        Ergebnisse anzeigen
      </button>
    </form>
  );
}
