import type { Catalog, Kontakt, Massnahme } from './content/types';
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
  /** Contact points matching the search, best first (their cards show above the measures). */
  kontakte: Kontakt[];
  /** „Meinten Sie …?“: a close spelling that finds measures (search only). */
  vorschlag?: string;
}

/** The listing of one request; wrapped in React's cache() by the page so metadata and body share it. */
export function listing(catalog: Catalog, input: RawParams | URLSearchParams): Listing {
  const params = input instanceof URLSearchParams ? input : toSearchParams(input);
  const parsed = parseFilter(params, catalog);
  const { filter, problems } = parsed;
  const rawSort = params.get('sort');
  let sort: Sort = filter.q ? 'relevanz' : 'katalog';
  // Own keys only: `in` would accept inherited names such as "constructor" or "__proto__".
  const knownSort = rawSort !== null && Object.hasOwn(sortOptions, rawSort);
  if (rawSort && knownSort && (rawSort !== 'relevanz' || filter.q)) sort = rawSort as Sort;
  else if (rawSort && !knownSort) {
    problems.push({
      param: 'sort',
      value: rawSort.slice(0, 100),
      message: `Unbekannte Sortierung „${rawSort.slice(0, 60)}“. Erlaubt: ${Object.keys(sortOptions).join(', ')}.`,
    });
  }

  const terms = new Map<string, string[]>();
  let pool: readonly Massnahme[] = catalog.massnahmen;
  let kontakte: Kontakt[] = [];
  let vorschlag: string | undefined;
  if (filter.q) {
    const outcome = searchIndex(catalog).find(filter.q);
    pool = outcome.hits.map((h) => h.massnahme);
    for (const h of outcome.hits) terms.set(h.massnahme.slug, h.terms);
    kontakte = outcome.kontakte.map((k) => k.kontakt);
    vorschlag = outcome.vorschlag;
  }
  const { items, counts } = applyFilter(catalog, filter, pool);
  if (sort === 'katalog' && filter.q) {
    const { catalogue } = ranks(catalog);
    items.sort((a, b) => (catalogue.get(a.slug) ?? 0) - (catalogue.get(b.slug) ?? 0));
  } else if (sort === 'titel') {
    const { title } = ranks(catalog);
    items.sort((a, b) => (title.get(a.slug) ?? 0) - (title.get(b.slug) ?? 0));
  }
  return {
    ...parsed,
    sort,
    items: problems.length ? [] : items,
    counts,
    terms,
    kontakte: problems.length ? [] : kontakte,
    ...(vorschlag && !problems.length ? { vorschlag } : {}),
  };
}

/** Sort keys per measure slug, computed once per catalogue instead of per request. */
interface Ranks {
  /** Position in the brochure. */
  catalogue: Map<string, number>;
  /** Position by title in German collation; titles that compare equal share a rank (the sort is stable). */
  title: Map<string, number>;
}

const rankCache = new WeakMap<Catalog, Ranks>();
function ranks(catalog: Catalog): Ranks {
  let r = rankCache.get(catalog);
  if (!r) {
    const compare = new Intl.Collator('de').compare;
    const byTitle = [...catalog.massnahmen].sort((a, b) => compare(a.titel, b.titel));
    const title = new Map<string, number>();
    byTitle.forEach((m, i) => {
      const before = byTitle[i - 1];
      const rank = before && compare(before.titel, m.titel) === 0 ? (title.get(before.slug) ?? i) : i;
      title.set(m.slug, rank);
    });
    r = { catalogue: new Map(catalog.massnahmen.map((m, i) => [m.slug, i])), title };
    rankCache.set(catalog, r);
  }
  return r;
}
