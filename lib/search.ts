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

type Combine = 'AND' | 'OR';

/** One query: groups of alternative index terms (OR within a group), combined with `combineWith`. */
interface GroupQuery {
  groups: readonly (readonly string[])[];
  combineWith: Combine;
}

/** A result as MiniSearch reports it: document id, score and matched index terms. */
interface RawHit {
  id: string;
  score: number;
  terms: string[];
}

/** Runs one query, with or without typo tolerance. */
type Runner = (query: GroupQuery, fuzzy: boolean) => RawHit[];

export interface SearchIndexOptions {
  /**
   * "fast" (default) scores with typed arrays over MiniSearch's index (see
   * `fastRunner`); "minisearch" uses MiniSearch's own search. Both give the same
   * results; the second exists for the equivalence test and benchmarks.
   */
  engine?: 'fast' | 'minisearch';
}

export function buildSearchIndex(catalog: Catalog, options: SearchIndexOptions = {}): SearchIndex {
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
  const slow = miniSearchRunner(mini);
  const fast = options.engine === 'minisearch' ? null : fastRunner(mini);
  const run: Runner = (query, fuzzy) => fast?.(query, fuzzy) ?? slow(query, fuzzy);

  const toHits = (results: RawHit[]): SearchHit[] => {
    const hits: SearchHit[] = [];
    for (const r of results) {
      const massnahme = bySlug.get(r.id);
      if (massnahme) hits.push({ massnahme, score: r.score, terms: r.terms });
    }
    return hits;
  };

  return {
    search(query) {
      const words = tokenize(query)
        .map((w) => germanTerms(w))
        .filter((t): t is string[] => t !== null);
      if (!words.length) return [];
      const all: GroupQuery = { combineWith: 'AND', groups: words };
      const any: GroupQuery = { combineWith: 'OR', groups: words };
      const shortened: GroupQuery = {
        combineWith: 'OR',
        groups: words.map((terms) => terms.map((t) => (t.length >= 7 ? t.slice(0, -1) : t))),
      };
      // Precise first: every word must match (exactly or as a prefix), then with one
      // typo. When that gives fewer than three hits, pages matching some of the words
      // follow (so one weak full match cannot hide the right page). As a last resort
      // a shortened stem finds compounds ("trommeln" → "Trommelprojekt").
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

/** MiniSearch's own query execution. */
function miniSearchRunner(mini: MiniSearch<SearchDoc>): Runner {
  return ({ groups, combineWith }, fuzzy) => {
    const query = {
      combineWith,
      queries: groups.map((terms) => ({ combineWith: 'OR' as const, queries: [...terms] })),
    };
    return mini
      .search(query, fuzzy ? {} : { fuzzy: false })
      .map((r: SearchResult) => ({ id: String(r.id), score: r.score, terms: r.terms }));
  };
}

/** Index data of one term: field id → document id → term frequency. */
type TermData = Map<number, Map<number, number>>;

/** MiniSearch's radix tree of index terms (its SearchableMap). */
interface TermTree {
  get(term: string): TermData | undefined;
  atPrefix(prefix: string): Iterable<[string, TermData]>;
  fuzzyGet(term: string, maxDistance: number): Map<string, [TermData, number]>;
}

/** The parts of MiniSearch's (private) state that scoring reads. */
interface MiniSearchState {
  _index: TermTree;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _documentIds: Map<number, string>;
  _options: {
    searchOptions: {
      boost: Record<string, number>;
      prefix: (term: string) => boolean;
      fuzzy: (term: string) => number | boolean;
      weights: { prefix: number; fuzzy: number };
      bm25: { k: number; b: number; d: number };
      maxFuzzy: number;
    };
  };
}

/**
 * MiniSearch's scoring redone with typed arrays over MiniSearch's own index, for
 * the query shapes `search()` uses (AND/OR of OR-groups of terms). MiniSearch keeps
 * one Map entry, one terms array and one match object per document and term; with
 * thousands of matching documents that allocation dominated a request. Here a
 * document's score lives in a Float64Array, and every sum is done in MiniSearch's
 * order, so scores are bit-identical and the ranking (a stable sort) is the same.
 * Returns null when MiniSearch's internals are not as expected (then MiniSearch
 * searches itself); tests/unit/search-engine.test.ts compares both.
 */
function fastRunner(
  mini: MiniSearch<SearchDoc>,
): ((query: GroupQuery, fuzzy: boolean) => RawHit[] | null) | null {
  const state = mini as unknown as MiniSearchState;
  const opts = state._options?.searchOptions;
  const tree = state._index;
  if (
    typeof tree?.atPrefix !== 'function' ||
    typeof tree.fuzzyGet !== 'function' ||
    !(state._fieldLength instanceof Map) ||
    !opts?.bm25 ||
    typeof opts.prefix !== 'function' ||
    typeof opts.fuzzy !== 'function'
  )
    return null;
  const n = state._documentCount;
  const ids: string[] = [];
  for (const [shortId, id] of state._documentIds) ids[shortId] = String(id);
  if (ids.length !== n) return null;
  const fields = searchFields.map((field) => {
    const fieldId = state._fieldIds[field] as number;
    const length = new Float64Array(n);
    for (const [doc, lengths] of state._fieldLength) length[doc] = lengths[fieldId] ?? 0;
    return {
      id: fieldId,
      boost: opts.boost[field] || 1,
      avgLength: state._avgFieldLength[fieldId] as number,
      length,
    };
  });
  const { k, b, d } = opts.bm25;

  return ({ groups, combineWith }, fuzzy) => {
    const sourceBits = new Map<string, number>();
    const run = new ScoreRun(n);

    /** MiniSearch's termResults: adds one index term's BM25 score per field and document. */
    const addTerm = (part: Partial, bit: number, term: string, weight: number, data: TermData) => {
      const termId = run.termId(term);
      for (const field of fields) {
        const freqs = data.get(field.id);
        if (freqs == null) continue;
        const matching = freqs.size;
        const invDocFreq = Math.log(1 + (n - matching + 0.5) / (matching + 0.5));
        freqs.forEach((termFreq, doc) => {
          const fieldLength = field.length[doc] as number;
          const raw =
            invDocFreq *
            (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / field.avgLength)));
          part.add(doc, weight * field.boost * raw, bit);
          run.matched(doc, termId);
        });
      }
    };

    /** Index terms within the typo distance MiniSearch allows for `term`. */
    const typoMatches = (term: string) => {
      const option = opts.fuzzy(term);
      if (!option) return undefined;
      const fuzziness = option === true ? 0.2 : option;
      const maxDistance =
        fuzziness < 1 ? Math.min(opts.maxFuzzy, Math.round(term.length * fuzziness)) : fuzziness;
      return maxDistance ? tree.fuzzyGet(term, maxDistance) : undefined;
    };

    /** MiniSearch's executeQuerySpec for one term: exact, then prefix, then typo matches. */
    const termQuery = (term: string): Partial => {
      const part = run.partial();
      // The query terms a document matched, one bit each (their number weighs the score).
      let bit = sourceBits.get(term);
      if (bit === undefined) {
        bit = sourceBits.size < 31 ? 1 << sourceBits.size : 0;
        sourceBits.set(term, bit);
      }
      const exact = tree.get(term);
      if (exact) addTerm(part, bit, term, 1, exact);
      const fuzzyMatches = fuzzy ? typoMatches(term) : undefined;
      if (opts.prefix(term)) {
        for (const [other, data] of tree.atPrefix(term)) {
          const distance = other.length - term.length;
          if (!distance) continue;
          fuzzyMatches?.delete(other);
          addTerm(
            part,
            bit,
            other,
            (opts.weights.prefix * other.length) / (other.length + 0.3 * distance),
            data,
          );
        }
      }
      if (fuzzyMatches) {
        for (const [other, [data, distance]] of fuzzyMatches) {
          if (!distance) continue;
          addTerm(part, bit, other, (opts.weights.fuzzy * other.length) / (other.length + distance), data);
        }
      }
      return part;
    };

    // As MiniSearch: each term string is tokenised again, its tokens and a group's terms combine with OR.
    const groupResults = groups.map((terms) =>
      orAll(
        terms.map((term) => orAll(tokenize(term).map(termQuery), run)),
        run,
      ),
    );
    // More distinct query terms than bits (a very long query): let MiniSearch do it.
    if (sourceBits.size > 31) return null;
    const result = groupResults.reduce((x, y) => (combineWith === 'AND' ? x.and(y) : x.or(y)));
    return run.hits(result, ids);
  };
}

/** One (sub)query's scores: documents in insertion order, as MiniSearch's result Map keeps them. */
class Partial {
  docs: number[] = [];
  constructor(
    /** Score per document (valid where `has` is 1). */
    readonly score: Float64Array,
    readonly has: Uint8Array,
    /** Bits of the query terms the document matched. */
    readonly source: Int32Array,
  ) {}

  add(doc: number, value: number, bit: number): void {
    if (this.has[doc]) {
      this.score[doc] = (this.score[doc] as number) + value;
      this.source[doc] = (this.source[doc] as number) | bit;
    } else {
      this.has[doc] = 1;
      this.docs.push(doc);
      this.score[doc] = value;
      this.source[doc] = bit;
    }
  }

  /** MiniSearch's OR: this one's documents, then the other's new ones; scores added. */
  or(other: Partial): Partial {
    for (const doc of other.docs) this.add(doc, other.score[doc] as number, other.source[doc] as number);
    return this;
  }

  /** MiniSearch's AND: the other's documents (in its order) that this one has too; scores added. */
  and(other: Partial): Partial {
    const kept: number[] = [];
    for (const doc of other.docs) {
      if (this.has[doc]) {
        other.score[doc] = (this.score[doc] as number) + (other.score[doc] as number);
        other.source[doc] = (this.source[doc] as number) | (other.source[doc] as number);
        kept.push(doc);
      } else other.has[doc] = 0;
    }
    other.docs = kept;
    return other;
  }
}

function orAll(parts: Partial[], run: ScoreRun): Partial {
  return parts.reduce((a, b) => a.or(b), parts.shift() ?? run.partial());
}

/** State of one query run: its partial results and which index terms each document matched. */
class ScoreRun {
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly lastTerm: Int32Array;
  /** Pairs (document, index term) in the order MiniSearch first meets them. */
  private pairDocs: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private pairTerms: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private pairs = 0;

  constructor(private readonly n: number) {
    this.lastTerm = new Int32Array(n).fill(-1);
  }

  partial(): Partial {
    return new Partial(new Float64Array(this.n), new Uint8Array(this.n), new Int32Array(this.n));
  }

  termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.termIds.set(term, id);
      this.terms.push(term);
    }
    return id;
  }

  /** Records that `doc` matched index term `termId` (once per run of the same term). */
  matched(doc: number, termId: number): void {
    if (this.lastTerm[doc] === termId) return;
    this.lastTerm[doc] = termId;
    if (this.pairs === this.pairDocs.length) {
      this.pairDocs = grow(this.pairDocs);
      this.pairTerms = grow(this.pairTerms);
    }
    this.pairDocs[this.pairs] = doc;
    this.pairTerms[this.pairs] = termId;
    this.pairs++;
  }

  /** The results as MiniSearch's search() returns them: score × matched query terms, best first. */
  hits(result: Partial, ids: readonly string[]): RawHit[] {
    // Chain each result document's pairs (in order) through `next`, starting at `first`.
    const first = new Int32Array(this.n).fill(-1);
    const last = new Int32Array(this.n);
    const next = new Int32Array(this.pairs).fill(-1);
    for (let i = 0; i < this.pairs; i++) {
      const doc = this.pairDocs[i] as number;
      if (!result.has[doc]) continue;
      if (first[doc] === -1) first[doc] = i;
      else next[last[doc] as number] = i;
      last[doc] = i;
    }
    const indexLike = this.terms.map(isArrayIndex);
    const hits: RawHit[] = [];
    for (const doc of result.docs) {
      const termIds: number[] = [];
      let numeric = false;
      for (let i = first[doc] as number; i !== -1; i = next[i] as number) {
        const t = this.pairTerms[i] as number;
        if (termIds.includes(t)) continue;
        termIds.push(t);
        numeric ||= indexLike[t] === true;
      }
      const terms = termIds.map((t) => this.terms[t] as string);
      hits.push({
        id: ids[doc] as string,
        score: (result.score[doc] as number) * (bitCount(result.source[doc] as number) || 1),
        terms: numeric ? propertyOrder(terms) : terms,
      });
    }
    return hits.sort(byScore);
  }
}

const byScore = (a: RawHit, b: RawHit) => b.score - a.score;

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(a.length * 2);
  bigger.set(a);
  return bigger;
}

/** Whether a key is an array index, which Object.keys() lists first, in numeric order. */
function isArrayIndex(key: string): boolean {
  return /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 4_294_967_295;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let v = bits >>> 0; v; v &= v - 1) count++;
  return count;
}

/** Keys in the order Object.keys() lists them (MiniSearch's terms come from an object's keys). */
function propertyOrder(keys: string[]): string[] {
  const indices = keys.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b));
  return [...indices, ...keys.filter((k) => !isArrayIndex(k))];
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
