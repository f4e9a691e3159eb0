import type { Catalog, Massnahme } from './content/types';
import {
  applyFilter,
  type FilterResult,
  type ParsedFilter,
  parseFilter,
  type RawParams,
  toSearchParams,
} from './filter';
import { searchIndex } from './search';

export const sortOptions = {
  relevanz: 'Relevanz',
  katalog: 'Reihenfolge im Katalog',
  titel: 'Titel (A–Z)',
} as const;
export type Sort = keyof typeof sortOptions;

/** Everything /massnahmen, the API and the CSV export show for one URL. */
export interface Listing extends ParsedFilter {
  sort: Sort;
  /** Results in display order; empty when a parameter was invalid. */
  items: Massnahme[];
  counts: FilterResult['counts'];
  /** Matched index terms per measure (search only), for highlighting. */
  terms: Map<string, string[]>;
}

/** The listing of one request; wrapped in React's cache() by the page so metadata and body share it. */
export function listing(catalog: Catalog, input: RawParams | URLSearchParams): Listing {
  const params = input instanceof URLSearchParams ? input : toSearchParams(input);
  const parsed = parseFilter(params, catalog);
  const { filter, problems } = parsed;
  const rawSort = params.get('sort');
  let sort: Sort = filter.q ? 'relevanz' : 'katalog';
  if (rawSort && rawSort in sortOptions && (rawSort !== 'relevanz' || filter.q)) sort = rawSort as Sort;
  else if (rawSort && !(rawSort in sortOptions)) {
    problems.push({
      param: 'sort',
      value: rawSort.slice(0, 100),
      message: `Unbekannte Sortierung „${rawSort.slice(0, 60)}“. Erlaubt: ${Object.keys(sortOptions).join(', ')}.`,
    });
  }

  const terms = new Map<string, string[]>();
  let pool: readonly Massnahme[] = catalog.massnahmen;
  if (filter.q) {
    const hits = searchIndex(catalog).search(filter.q);
    pool = hits.map((h) => h.massnahme);
    for (const h of hits) terms.set(h.massnahme.slug, h.terms);
  }
  const { items, counts } = applyFilter(catalog, filter, pool);
  if (sort === 'katalog' && filter.q) {
    const order = new Map(catalog.massnahmen.map((m, i) => [m.slug, i]));
    items.sort((a, b) => (order.get(a.slug) ?? 0) - (order.get(b.slug) ?? 0));
  } else if (sort === 'titel') items.sort((a, b) => a.titel.localeCompare(b.titel, 'de'));
  return { ...parsed, sort, items: problems.length ? [] : items, counts, terms };
}
