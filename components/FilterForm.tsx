import { getCatalog } from '@/lib/content/catalog';
import { type FacetKey, facetLabels, facetOptions } from '@/lib/filter';
import { type Listing, sortOptions } from '@/lib/listing';

const checkbox = 'mt-1 size-5 shrink-0 accent-brand';

/**
 * The filter form of /massnahmen: a plain GET form (fieldset + legend per group,
 * a submit button), so it works without JavaScript. Each option shows how many
 * results it would give with the other groups' filters applied.
 */
export function FilterForm({ view }: { view: Listing }) {
  const catalog = getCatalog();
  const options = facetOptions(catalog);
  const { filter, counts } = view;

  const group = (key: FacetKey, type: 'checkbox' | 'radio', collapsible: boolean) => {
    const fieldset = (
      <fieldset className="mt-2">
        <legend className={collapsible ? 'sr-only' : 'text-lg font-bold'}>{facetLabels[key]}</legend>
        <ul className="mt-2 space-y-1.5">
          {type === 'radio' && (
            <li className="flex gap-2">
              <input
                type="radio"
                id={`${key}-alle`}
                name={key}
                value=""
                defaultChecked={filter[key].length === 0}
                className={checkbox}
              />
              <label htmlFor={`${key}-alle`}>Alle</label>
            </li>
          )}
          {options[key].map((o) => {
            const id = `${key}-${o.value}`;
            return (
              <li key={o.value} className="flex gap-2">
                <input
                  type={type}
                  id={id}
                  name={key}
                  value={o.value}
                  defaultChecked={filter[key].includes(o.value)}
                  className={checkbox}
                />
                <label htmlFor={id}>
                  {o.label} <span className="text-muted">({counts[key].get(o.value) ?? 0})</span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
    );
    if (!collapsible) return <div className="border-t border-line pt-4">{fieldset}</div>;
    return (
      <details className="border-t border-line pt-4" open={filter[key].length > 0}>
        <summary className="cursor-pointer text-lg font-bold">
          {facetLabels[key]}
          {filter[key].length > 0 && <span className="font-normal"> ({filter[key].length} ausgewählt)</span>}
        </summary>
        {fieldset}
      </details>
    );
  };

  return (
    <form action="/massnahmen" method="get" aria-labelledby="filter-titel" className="space-y-4">
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
      {group('dimension', 'checkbox', false)}
      {group('richtung', 'radio', false)}
      {group('zielgruppe', 'checkbox', true)}
      {group('dezernat', 'checkbox', true)}
      {group('fachbereich', 'checkbox', true)}
      <div className="flex gap-2 border-t border-line pt-4">
        <input
          type="checkbox"
          id="neu"
          name="neu"
          value="1"
          defaultChecked={filter.neu}
          className={checkbox}
        />
        <label htmlFor="neu">
          Nur neue Maßnahmen <span className="text-muted">({counts.neu})</span>
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
          {Object.entries(sortOptions)
            .filter(([value]) => value !== 'relevanz' || filter.q)
            .map(([value, label]) => (
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
