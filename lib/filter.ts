import { richtungOptions } from './content/labels';
import type { Catalog, Massnahme } from './content/types';
import { withoutSoftHyphens } from './typography';

/**
 * The filter state of /massnahmen, /api/massnahmen and /massnahmen.csv, read from
 * GET parameters. OR within one group, AND across groups.
 */
export interface Filter {
  q: string;
  dimension: string[];
  dezernat: string[];
  fachbereich: string[];
  /** "innen" or "aussen": measures that have that direction (including those with both). */
  richtung: string[];
  zielgruppe: string[];
  /** Offer types (content/angebotsarten.yaml). */
  angebotsart: string[];
  neu: boolean;
}

export type FacetKey = 'dimension' | 'dezernat' | 'fachbereich' | 'richtung' | 'zielgruppe' | 'angebotsart';
export const facetKeys: readonly FacetKey[] = [
  'dimension',
  'dezernat',
  'fachbereich',
  'richtung',
  'zielgruppe',
  'angebotsart',
];

/** A filter without any choice, with lists of its own (parseFilter fills them). */
function newFilter(): Filter {
  return {
    q: '',
    dimension: [],
    dezernat: [],
    fachbereich: [],
    richtung: [],
    zielgruppe: [],
    angebotsart: [],
    neu: false,
  };
}

export const emptyFilter: Filter = newFilter();

/** A problem with one parameter, shown as a notice on the page and as a 400 in the API. */
export interface ParamProblem {
  param: string;
  value: string;
  message: string;
}

export interface ParsedFilter {
  filter: Filter;
  /** Bad values or oversized input: the page shows a notice and no results, the API answers 400. */
  problems: ParamProblem[];
  /** Unknown parameter names: ignored, but named in a notice (a typo like "dimensionen=" should not pass silently). */
  ignored: string[];
}

export const limits = { q: 200, values: 20, value: 100 } as const;

export type RawParams = Record<string, string | string[] | undefined>;

export type FacetOptions = Record<FacetKey, readonly { value: string; label: string }[]>;

const optionsCache = new WeakMap<Catalog, FacetOptions>();

/** The options of every facet with their labels; built once per catalogue. */
export function facetOptions(catalog: Catalog): FacetOptions {
  let options = optionsCache.get(catalog);
  if (!options) {
    options = buildFacetOptions(catalog);
    optionsCache.set(catalog, options);
  }
  return options;
}

function buildFacetOptions(catalog: Catalog): FacetOptions {
  return {
    dimension: catalog.dimensionen.map((d) => ({ value: d.slug, label: d.titel })),
    dezernat: catalog.dezernate.map((d) => ({ value: d.slug, label: d.titel })),
    fachbereich: catalog.fachbereiche.map((f) => ({ value: f.slug, label: f.titel })),
    richtung: richtungOptions,
    zielgruppe: catalog.zielgruppen.map((z) => ({ value: z.slug, label: z.titel })),
    angebotsart: catalog.angebotsarten.map((a) => ({ value: a.slug, label: a.titel })),
  };
}

export const facetLabels: Record<FacetKey, string> = {
  dimension: 'Dimension',
  dezernat: 'Dezernat',
  fachbereich: 'Fachbereich oder Büro',
  richtung: 'Richtung',
  zielgruppe: 'Zielgruppe',
  angebotsart: 'Angebotsart',
};

const known = new Set(['q', 'neu', 'sort', 'seite', ...facetKeys]);

/**
 * Converts the framework's searchParams object into URLSearchParams, keeping only
 * string values: query strings like "__proto__=1&sort=x" can give odd shapes.
 */
export function toSearchParams(raw: unknown): URLSearchParams {
  const sp = new URLSearchParams();
  if (!raw || typeof raw !== 'object') return sp;
  for (const key of Object.keys(raw)) {
    const value: unknown = Object.getOwnPropertyDescriptor(raw, key)?.value;
    for (const v of Array.isArray(value) ? value : [value]) if (typeof v === 'string') sp.append(key, v);
  }
  return sp;
}

/**
 * Reads the GET parameters. Unknown values, unknown parameters and oversized input
 * become problems (German messages); they never throw.
 */
export function parseFilter(input: RawParams | URLSearchParams, catalog: Catalog): ParsedFilter {
  const params = input instanceof URLSearchParams ? input : toSearchParams(input);
  const get = (key: string): string[] => params.getAll(key);
  const keys = [...new Set(params.keys())];
  const problems: ParamProblem[] = [];
  const options = facetOptions(catalog);
  const filter = newFilter();

  // Parameters starting with "_" belong to the framework (e.g. "_rsc").
  const ignored = keys
    .filter((key) => !known.has(key) && !key.startsWith('_'))
    .map((key) => key.slice(0, 50));

  const q = get('q');
  // Soft hyphens come along when a title is copied from the page (lib/typography.ts).
  const qText = withoutSoftHyphens(q.join(' '))
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (qText.length > limits.q) {
    problems.push({
      param: 'q',
      value: `${qText.slice(0, 40)} …`,
      message: `Der Suchbegriff ist zu lang (höchstens ${limits.q} Zeichen).`,
    });
  } else filter.q = qText;

  for (const key of facetKeys) {
    const values = [
      ...new Set(
        get(key)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
    if (values.length > limits.values) {
      problems.push({
        param: key,
        value: `${values.length} Werte`,
        message: `Zu viele Werte für „${key}“ (höchstens ${limits.values}).`,
      });
      continue;
    }
    const allowed = options[key];
    for (const value of values) {
      if (allowed.some((o) => o.value === value)) filter[key].push(value);
      else {
        problems.push({
          param: key,
          value: value.slice(0, limits.value),
          message: `Unbekannter Wert „${value.slice(0, 60)}“ für ${facetLabels[key]}. Erlaubt: ${allowed.map((o) => o.value).join(', ')}.`,
        });
      }
    }
  }

  const neu = get('neu');
  if (neu.length) {
    if (neu.every((v) => v === '1' || v === 'true' || v === 'ja')) filter.neu = true;
    else if (!neu.every((v) => v === '' || v === '0')) {
      problems.push({
        param: 'neu',
        value: neu.join(', ').slice(0, limits.value),
        message: 'Für „neu“ ist nur der Wert 1 erlaubt.',
      });
    }
  }
  return { filter, problems, ignored };
}

/** Canonical query string of a filter (stable order), without the leading "?". */
export function filterQuery(filter: Filter, extra: Record<string, string> = {}): string {
  const sp = new URLSearchParams();
  if (filter.q) sp.append('q', filter.q);
  for (const key of facetKeys) for (const v of filter[key]) sp.append(key, v);
  if (filter.neu) sp.append('neu', '1');
  for (const [k, v] of Object.entries(extra)) sp.append(k, v);
  return sp.toString();
}

export function filterHref(path: string, filter: Filter, extra?: Record<string, string>): string {
  const qs = filterQuery(filter, extra);
  return qs ? `${path}?${qs}` : path;
}

export function isEmptyFilter(filter: Filter): boolean {
  return !filter.q && !filter.neu && facetKeys.every((k) => filter[k].length === 0);
}

/** Value of one facet on a measure, as the filter sees it. */
function facetValues(m: Massnahme, key: FacetKey, dezernatSlug: Map<string, string>): readonly string[] {
  switch (key) {
    case 'dimension':
      return m.dimensionen;
    case 'dezernat':
      return [dezernatSlug.get(m.dezernat) ?? m.dezernat];
    case 'fachbereich':
      return m.fachbereiche;
    case 'richtung':
      return m.richtung;
    case 'zielgruppe':
      return m.zielgruppen;
    case 'angebotsart':
      return m.angebotsart;
  }
}

const dezernatSlugCache = new WeakMap<Catalog, Map<string, string>>();
function dezernatSlugs(catalog: Catalog): Map<string, string> {
  let map = dezernatSlugCache.get(catalog);
  if (!map) {
    map = new Map(catalog.dezernate.map((d) => [d.id, d.slug]));
    dezernatSlugCache.set(catalog, map);
  }
  return map;
}

function tally(counts: Map<string, number>, values: readonly string[]): void {
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
}

export interface FilterResult {
  /** Matching measures, in the order of `pool`. */
  items: Massnahme[];
  /** For each facet option: how many results selecting it would give, with the other groups' filters applied. */
  counts: Record<FacetKey, Map<string, number>> & { neu: number };
}

/**
 * Applies the facet filters to `pool` (all measures, or search hits in relevance
 * order) and computes each option's count excluding its own group's filter.
 *
 * One pass over the pool: a measure that fails no group is a result and counts in
 * every facet; one that fails exactly one group counts only in that group's facet
 * (selecting another of its options could make it a result); failing two or more
 * groups, it counts nowhere. The "neu" flag is a group of its own for `counts.neu`.
 */
export function applyFilter(
  catalog: Catalog,
  filter: Filter,
  pool: readonly Massnahme[] = catalog.massnahmen,
): FilterResult {
  const dezernatSlug = dezernatSlugs(catalog);
  const wanted = facetKeys.map((key) => (filter[key].length ? new Set(filter[key]) : null));
  const tallies = facetKeys.map(() => new Map<string, number>());
  const items: Massnahme[] = [];
  let neu = 0;
  for (const m of pool) {
    let failed = 0;
    let failedKey = -1;
    for (let k = 0; k < facetKeys.length && failed < 2; k++) {
      const w = wanted[k];
      if (w && !facetValues(m, facetKeys[k] as FacetKey, dezernatSlug).some((v) => w.has(v))) {
        failed++;
        failedKey = k;
      }
    }
    if (failed === 0 && m.neu) neu++;
    if (filter.neu && !m.neu) continue;
    if (failed === 0) {
      items.push(m);
      facetKeys.forEach((key, k) => {
        tally(tallies[k] as Map<string, number>, facetValues(m, key, dezernatSlug));
      });
    } else if (failed === 1) {
      tally(
        tallies[failedKey] as Map<string, number>,
        facetValues(m, facetKeys[failedKey] as FacetKey, dezernatSlug),
      );
    }
  }
  const counts = { neu } as FilterResult['counts'];
  facetKeys.forEach((key, k) => {
    counts[key] = tallies[k] as Map<string, number>;
  });
  return { items, counts };
}
