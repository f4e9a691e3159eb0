import { stemmer } from '@orama/stemmers/german';
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Catalog, Massnahme } from './content/types';
import { lookups } from './queries';

/**
 * German full-text search over the catalogue (MiniSearch + Snowball German stemmer;
 * see docs/search.md for the comparison with Orama and FlexSearch).
 *
 * Term pipeline, the same for documents and queries:
 * lowercase → ß to ss → ae/oe/ue to ä/ö/ü (so "maedchen" equals "mädchen") →
 * stop words dropped → Snowball stem (which folds umlauts: "mädchen" → "madch",
 * so "Madchen" matches too). Prefix matching covers typing and compounds
 * ("Väter" → "Vätergruppen"); one typo is tolerated in terms of 5+ letters.
 */

export const stopWords = new Set(
  'aber alle allen aller als also am an auch auf aus bei bis da damit dann das dass dem den der des die dies diese dieser doch du durch ein eine einem einen einer eines er es für hat haben ich ihr im in ist ja kann mit nach nicht noch nur oder sich sie sind so um und uns von vor wie wir wird zu zum zur über'.split(
    ' ',
  ),
);

const wordPattern = /[\p{L}\p{N}]+/gu;

const foldUmlauts = (s: string) => s.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');

function normalise(word: string): string {
  return word
    .toLocaleLowerCase('de')
    .replace(/ß/g, 'ss')
    .replace(/ae/g, 'ä')
    .replace(/oe/g, 'ö')
    .replace(/ue/g, 'ü');
}

/** The stemmed index term of one word, or null for a stop word. */
export function germanTerm(word: string): string | null {
  const lower = normalise(word);
  if (stopWords.has(lower)) return null;
  return foldUmlauts(stemmer(lower));
}

/**
 * Index terms of one word: the stem and, where different, the unstemmed word with
 * umlauts folded. The surface form lets typo tolerance work on whole words
 * ("Gesundhiet" → "gesundheit"), the stem joins inflections ("Frauen" → "frau").
 */
export function germanTerms(word: string): string[] | null {
  const known = termCache.get(word);
  if (known !== undefined) return known;
  const lower = normalise(word);
  let terms: string[] | null = null;
  if (!stopWords.has(lower)) {
    const stem = foldUmlauts(stemmer(lower));
    const surface = foldUmlauts(lower);
    terms = stem === surface ? [stem] : [stem, surface];
  }
  // Highlighting processes the same words on every request: remember them (bounded).
  if (termCache.size < 50_000) termCache.set(word, terms);
  return terms;
}
const termCache = new Map<string, string[] | null>();

export function tokenize(text: string): string[] {
  return text.match(wordPattern) ?? [];
}

export interface SearchDoc {
  id: string;
  titel: string;
  kurztitel: string;
  beschreibung: string;
  ziele: string;
  verantwortlich: string;
  fachbereiche: string;
  zielgruppen: string;
}

export const searchFields = [
  'titel',
  'kurztitel',
  'beschreibung',
  'ziele',
  'verantwortlich',
  'fachbereiche',
  'zielgruppen',
] as const;
export const searchBoost = {
  titel: 5,
  kurztitel: 5,
  zielgruppen: 2,
  fachbereiche: 1.5,
  verantwortlich: 1,
  ziele: 1,
  beschreibung: 1,
};

export interface SearchHit {
  massnahme: Massnahme;
  score: number;
  /** Index terms that matched, for highlighting. */
  terms: string[];
}

export interface SearchIndex {
  search(query: string): SearchHit[];
}

/** The text per field that the index holds for one measure. */
export function toSearchDoc(catalog: Catalog, m: Massnahme): SearchDoc {
  const l = lookups(catalog);
  return {
    id: m.slug,
    titel: m.titel,
    kurztitel: m.kurztitel ?? '',
    beschreibung: m.beschreibung.text,
    ziele: m.ziele.text,
    verantwortlich: [m.verantwortlich, m.verantwortung?.text ?? ''].join(' '),
    fachbereiche: m.fachbereiche.map((f) => l.fachbereich.get(f)?.titel ?? f).join(' '),
    zielgruppen: m.zielgruppen.map((z) => l.zielgruppe.get(z)?.titel ?? z).join(' '),
  };
}

export function buildSearchIndex(catalog: Catalog): SearchIndex {
  const mini = new MiniSearch<SearchDoc>({
    fields: [...searchFields],
    storeFields: [],
    tokenize,
    processTerm: (term) => germanTerms(term),
    searchOptions: {
      boost: searchBoost,
      // Query terms arrive already processed (see queryFor).
      processTerm: (term) => term,
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 9 ? 2 : term.length >= 5 ? 1 : 0),
      weights: { prefix: 0.5, fuzzy: 0.35 },
    },
  });
  mini.addAll(catalog.massnahmen.map((m) => toSearchDoc(catalog, m)));
  const bySlug = lookups(catalog).massnahme;

  const toHits = (results: SearchResult[]): SearchHit[] =>
    results.flatMap((r) => {
      const massnahme = bySlug.get(String(r.id));
      return massnahme ? [{ massnahme, score: r.score, terms: r.terms }] : [];
    });

  return {
    search(query) {
      const words = tokenize(query)
        .map((w) => germanTerms(w))
        .filter((t): t is string[] => t !== null);
      if (!words.length) return [];
      const group = (terms: string[]) => ({ combineWith: 'OR' as const, queries: terms });
      const all = { combineWith: 'AND' as const, queries: words.map(group) };
      const any = { combineWith: 'OR' as const, queries: words.map(group) };
      const shortened = {
        combineWith: 'OR' as const,
        queries: words.map((terms) => group(terms.map((t) => (t.length >= 7 ? t.slice(0, -1) : t)))),
      };
      // Precise first: every word must match (exactly or as a prefix), then with one
      // typo. When that gives fewer than three hits, pages matching some of the words
      // follow (so one weak full match cannot hide the right page). As a last resort
      // a shortened stem finds compounds ("trommeln" → "Trommelprojekt").
      const run = (query: typeof all | typeof any, fuzzy: boolean) =>
        mini.search(query, fuzzy ? {} : { fuzzy: false });
      let hits = run(all, false);
      if (!hits.length) hits = run(all, true);
      if (hits.length < 3 && words.length > 1) {
        const seen = new Set(hits.map((h) => h.id));
        let partial = run(any, false);
        if (!partial.length) partial = run(any, true);
        hits = [...hits, ...partial.filter((h) => !seen.has(h.id))];
      }
      if (!hits.length) hits = run(shortened, false);
      return toHits(hits);
    },
  };
}

const indexCache = new WeakMap<Catalog, SearchIndex>();

/** The search index of a catalogue, built once per process. */
export function searchIndex(catalog: Catalog): SearchIndex {
  let idx = indexCache.get(catalog);
  if (!idx) {
    idx = buildSearchIndex(catalog);
    indexCache.set(catalog, idx);
  }
  return idx;
}

export interface Segment {
  text: string;
  mark: boolean;
}

/** Splits `text` into segments, marking words whose index term is one of `terms`. */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  if (!terms.length) return [{ text, mark: false }];
  const wanted = new Set(terms);
  const out: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(wordPattern)) {
    const forms = germanTerms(match[0]) ?? [];
    const hit = forms.some(
      (term) => wanted.has(term) || [...wanted].some((t) => t.length >= 3 && term.startsWith(t)),
    );
    if (!hit) continue;
    const start = match.index ?? 0;
    if (start > last) out.push({ text: text.slice(last, start), mark: false });
    out.push({ text: match[0], mark: true });
    last = start + match[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), mark: false });
  return out;
}

/** A window of about `size` characters around the first highlighted word of `text`. */
export function excerpt(text: string, terms: readonly string[], size = 220): Segment[] | null {
  const segments = highlight(text, terms);
  const first = segments.findIndex((s) => s.mark);
  if (first < 0) return null;
  const before = segments
    .slice(0, first)
    .map((s) => s.text)
    .join('');
  let start = Math.max(0, before.length - Math.floor(size / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < before.length ? space + 1 : start;
  }
  let end = Math.min(text.length, start + size);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const window = highlight(text.slice(start, end), terms);
  if (start > 0) window.unshift({ text: '… ', mark: false });
  if (end < text.length) window.push({ text: ' …', mark: false });
  return window;
}
