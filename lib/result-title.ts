import type { Catalog } from './content/types';
import { type Filter, facetKeys, facetOptions } from './filter';

const maxLength = 90;

/**
 * What a result page searched for, for its <title> (WCAG 2.4.2: „9 Maßnahmen gefunden“
 * alone doesn't tell two result pages apart): the search term in quotes, then the labels of
 * the chosen filters, e.g. „Beratung“, Geschlecht, Nach außen (für Bürger*innen).
 * Shortened with "…" so that a long query can't make a long title. Empty for no filter.
 */
export function filterSummary(filter: Filter, catalog: Catalog): string {
  const options = facetOptions(catalog);
  const parts: string[] = [];
  if (filter.q) parts.push(`„${filter.q}“`);
  for (const key of facetKeys) {
    for (const value of filter[key]) parts.push(options[key].find((o) => o.value === value)?.label ?? value);
  }
  if (filter.neu) parts.push('nur neue');
  const text = parts.join(', ');
  return text.length > maxLength ? `${text.slice(0, maxLength - 1).trimEnd()}…` : text;
}
