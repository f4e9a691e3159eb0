import { stemmer } from '@orama/stemmers/german';
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { Catalog, Kontakt, Massnahme } from './content/types';
import { lookups } from './queries';

/**
 * German full-text search over the catalogue (MiniSearch through its public API +
 * Snowball German stemmer; see docs/search.md).
 *
 * Term pipeline, the same for documents and queries:
 * gender forms joined („Kolleg*innen“, „KollegInnen“, „Kolleginnen“ → „Kolleg“) →
 * lowercase → ß to ss → ae/oe/ue to ä/ö/ü → stop words dropped → Snowball stem (umlauts
 * folded) plus the unstemmed word, plus the parts of a compound word („Cybermobbing“ →
 * „mobbing“) found with the catalogue's own vocabulary as dictionary.
 * Queries are expanded with the synonym list content/suchbegriffe.yml.
 */

export const stopWords = new Set(
  'aber alle allen aller als also am an auch auf aus bei bis da damit dann das dass dem den der des die dies diese dieser doch du durch ein eine einem einen einer eines er es für gibt hat haben ich ihr im in ist ja kann mit mein meine meinem meinen meiner mich mir nach nicht noch nur oder sich sie sind so suche suchen um und uns von vor was wem wen wende wer werde werden wie wir wird wurde zu zum zur über'.split(
    ' ',
  ),
);

const wordPattern = /[\p{L}\p{N}]+/gu;

/** Longest query that is searched; the rest is ignored (bounded work per request). */
export const maxQueryLength = 200;
/** Most words of a query that are searched. */
const maxQueryWords = 12;
/** Words longer than this are not split into parts (bounded work per word). */
const maxCompoundLength = 40;

const foldUmlauts = (s: string) => s.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');

function normalise(word: string): string {
  return word
    .toLocaleLowerCase('de')
    .replace(/ß/g, 'ss')
    .replace(/ae/g, 'ä')
    .replace(/oe/g, 'ö')
    .replace(/ue/g, 'ü');
}

/**
 * Gender forms with a sign or a capital I („Bürger*innen“, „Bürger:innen“, „Bürger_innen“,
 * „Bürger/-innen“, „BürgerInnen“, „Bürger*in“) become the base word, so no stray „innen“
 * is left as a word of its own. One pass, no backtracking beyond the suffix.
 */
const genderSign = /(\p{Ll})(?:[*:_/·|]-?in(?:nen)?|In(?:nen)?)(?![\p{L}\p{N}])/gu;
export function normaliseGender(text: string): string {
  return text.replace(genderSign, '$1');
}

/**
 * The feminine suffix of an agent noun („Kolleginnen“, „Bürgerin“, „Seniorinnen“) is
 * dropped so that both forms and „Kolleginnen und Kollegen“ give one term. Only after
 * the endings agent nouns have and with at least four letters left, so „Termin“,
 * „Medizin“, „beginnen“ or „innen“ stay as they are.
 */
const feminine = /^(\p{L}{2,}(?:er|eg|ent|ant|ist|or|eur|ör|är|ar|at|og|ot))in(?:nen)?$/u;
export function baseOfFeminine(lower: string): string {
  return lower.match(feminine)?.[1] ?? lower;
}

/** A word as the index keeps it (lowercase, ß → ss, feminine suffix dropped, umlauts folded), or null for a stop word. */
function surfaceOf(word: string): string | null {
  const lower = normalise(word);
  if (stopWords.has(lower)) return null;
  return foldUmlauts(baseOfFeminine(lower));
}

const stemCache = new Map<string, string>();
/** Snowball stem of a normalised word, umlauts folded. */
function stemOf(surface: string): string {
  let s = stemCache.get(surface);
  if (s === undefined) {
    s = foldUmlauts(stemmer(surface));
    if (stemCache.size < 100_000) stemCache.set(surface, s);
  }
  return s;
}

/** The stemmed index term of one word, or null for a stop word. */
export function germanTerm(word: string): string | null {
  const surface = surfaceOf(word);
  return surface === null ? null : stemOf(surface);
}

/**
 * Index terms of one word without compound parts: the stem and, where different, the
 * unstemmed word. The surface form lets typo tolerance work on whole words
 * („Gesundhiet“ → „gesundheit“), the stem joins inflections („Frauen“ → „frau“).
 */
export function germanTerms(word: string): string[] | null {
  const surface = surfaceOf(word);
  if (surface === null) return null;
  const stem = stemOf(surface);
  return stem === surface ? [stem] : [stem, surface];
}

export function tokenize(text: string): string[] {
  return normaliseGender(text).match(wordPattern) ?? [];
}

/** Linking letters between the parts of a compound („Wohnung-s-suche“, „Behinderte-n-beirat“). */
const linkingEndings = ['s', 'es', 'n', 'en', 'e'];

/**
 * Splits compound words with a dictionary of known words: a word is split where its end
 * (the head, which carries the meaning) is a known word and its start is a known word
 * too (after dropping a linking s/n/en/es/e) – or, for a head of seven letters or more,
 * any start of four letters. Both conditions keep a word hidden inside an unrelated
 * word from matching („transparente“ has no known start before „rente“).
 */
export class Decompounder {
  /** Stems of the known words. */
  private readonly known = new Set<string>();
  private readonly cache = new Map<string, string[]>();

  constructor(words: Iterable<string>) {
    for (const w of new Set(words)) {
      // Stop words count too: „suche“ is a stop word in a query, but a head in „Wohnraumsuche“.
      const surface = foldUmlauts(baseOfFeminine(normalise(w)));
      if (surface.length >= 4) this.known.add(stemOf(surface));
    }
  }

  isKnown(surface: string): boolean {
    if (surface.length < 4) return false;
    // The Snowball stem is a prefix of the word: stem only candidates that have a known
    // stem as a prefix (stemming every substring made building the index slow).
    let candidate = false;
    for (let k = 2; k <= surface.length && !candidate; k++) candidate = this.known.has(surface.slice(0, k));
    return candidate && this.known.has(stemOf(surface));
  }

  private knownStart(start: string): string | null {
    if (this.isKnown(start)) return start;
    for (const ending of linkingEndings) {
      if (start.endsWith(ending)) {
        const bare = start.slice(0, -ending.length);
        if (this.isKnown(bare)) return bare;
      }
    }
    return null;
  }

  /** The parts of a normalised word (umlauts folded), or [] when it is not a compound. */
  split(surface: string): string[] {
    if (surface.length < 8 || surface.length > maxCompoundLength) return [];
    const cached = this.cache.get(surface);
    if (cached) return cached;
    let parts: string[] = [];
    // A known start and a known (or itself compound) head, the longest head first:
    // „seniorenberatungsstellen“ → „senioren“ + „beratungsstellen“ (→ „beratung“ + „stellen“).
    for (let i = 4; i <= surface.length - 4 && !parts.length; i++) {
      const start = this.knownStart(surface.slice(0, i));
      if (!start) continue;
      const head = surface.slice(i);
      if (this.isKnown(head)) parts = [start, head, ...this.split(head)];
      else {
        const inner = this.split(head);
        if (inner.length >= 2) parts = [start, head, ...inner];
      }
    }
    // Else a long known head behind any start („Cybermobbing“ without „Cyber“ in the dictionary).
    for (let i = 4; i <= surface.length - 7 && !parts.length; i++) {
      const head = surface.slice(i);
      if (this.isKnown(head)) parts = [head];
    }
    const unique = [...new Set(parts)].filter((p) => p !== surface);
    if (this.cache.size < 50_000) this.cache.set(surface, unique);
    return unique;
  }
}

/** Marks an index term that stands for a part of a compound word, not a whole word. */
export const partMark = '~';

/**
 * Index terms of one word with the stems of its compound parts, marked (`~mobbing`),
 * so that a whole-word match ranks above a match inside a compound.
 */
function termsWithParts(word: string, parts: Decompounder): string[] | null {
  const terms = germanTerms(word);
  if (!terms) return null;
  const surface = surfaceOf(word) as string;
  const out = [...terms];
  for (const part of parts.split(surface)) {
    const term = partMark + stemOf(part);
    if (!out.includes(term)) out.push(term);
  }
  return out;
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

export interface KontaktHit {
  kontakt: Kontakt;
  score: number;
}

export interface SearchOutcome {
  hits: SearchHit[];
  /** Contact points matching the query, best first (at most three). */
  kontakte: KontaktHit[];
  /**
   * A spelling close to the query that finds measures, when the query itself found
   * nothing exactly („Meinten Sie …?“).
   */
  vorschlag?: string;
}

export interface SearchIndex {
  search(query: string): SearchHit[];
  /** Hits, matching contact points and a spelling suggestion. */
  find(query: string): SearchOutcome;
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

/** Words of the catalogue that stand on their own (or in a hyphenated word): the compound dictionary. */
export function catalogueWords(catalog: Catalog): string[] {
  const texts: string[] = [];
  for (const m of catalog.massnahmen) {
    const d = toSearchDoc(catalog, m);
    texts.push(
      d.titel,
      d.kurztitel,
      d.beschreibung,
      d.ziele,
      d.verantwortlich,
      d.fachbereiche,
      d.zielgruppen,
    );
  }
  for (const k of catalog.kontakte) texts.push(k.titel, k.beschreibung.text);
  for (const z of catalog.zielgruppen) texts.push(z.titel);
  for (const s of catalog.suchbegriffe)
    texts.push(...(s.gleichbedeutend ?? []), ...(s.suche ?? []), ...(s.findet ?? []));
  return texts.flatMap(tokenize);
}

/**
 * Signals that a measure is a service a person can use directly (advice, a meeting
 * place, a course) rather than a committee, plan or agreement. Used to order hits of
 * similar relevance; a title that names the query still wins.
 */
const committeeTitle =
  /\b(arbeitskreis|ak|runder tisch|netzwerk|beirat|gremium|lenkungs\w*|steuerungs\w*|arbeitsgruppe|dienstvereinbarung|dv|\w*plan|\w*konzept|leitfaden|empfehlungen|kooperation|zusammenarbeit)\b/iu;
const serviceTitle =
  /(beratung|treff|sprechstunde|kurs|angebot|workshop|forum|gruppe|café|begegnung|schulung|training|coaching|projekt|woche|tag\b)/iu;

export function serviceWeight(m: Massnahme): number {
  const title = `${m.titel} ${m.kurztitel ?? ''}`;
  let w = 1;
  if (committeeTitle.test(title)) w *= 0.7;
  else if (serviceTitle.test(title)) w *= 1.15;
  if (m.richtung.includes('aussen')) w *= 1.1;
  if (m.kontakte?.length) w *= 1.05;
  return w;
}

/** One word of a query: its alternatives (index terms, compound parts, synonyms). */
type WordQuery = Query;

interface Synonyms {
  /** Key: stems of a phrase joined by a space; value: alternative phrases (as word lists). */
  rules: Map<string, string[][]>;
  /** Most words in a phrase key. */
  longest: number;
}

function phraseKey(words: readonly string[]): string | null {
  const stems = words.map(germanTerm).filter((t): t is string => t !== null);
  return stems.length ? stems.join(' ') : null;
}

function buildSynonyms(catalog: Catalog): Synonyms {
  const rules = new Map<string, string[][]>();
  let longest = 1;
  const add = (from: string, to: readonly string[]) => {
    const words = tokenize(from);
    const key = phraseKey(words);
    if (!key) return;
    longest = Math.max(longest, key.split(' ').length);
    const list = rules.get(key) ?? [];
    for (const t of to) {
      const phrase = tokenize(t);
      if (phrase.length && !list.some((p) => p.join(' ') === phrase.join(' '))) list.push(phrase);
    }
    rules.set(key, list);
  };
  for (const entry of catalog.suchbegriffe) {
    if (entry.gleichbedeutend) for (const w of entry.gleichbedeutend) add(w, entry.gleichbedeutend);
    if (entry.suche && entry.findet) for (const w of entry.suche) add(w, [...entry.suche, ...entry.findet]);
  }
  return { rules, longest };
}

/** A match inside a compound word weighs half a whole-word match. */
const partWeight = 0.5;
const contactBoost = { titel: 4, stelle: 2, einheiten: 2, beschreibung: 1 };
const partBoost = Object.fromEntries(
  Object.entries({ ...contactBoost, ...searchBoost }).map(([field, b]) => [field, b * partWeight]),
);

const searchOptions = {
  boost: searchBoost,
  // Query terms arrive already processed (see wordQuery).
  processTerm: (term: string) => term,
  tokenize: (term: string) => [term],
  prefix: (term: string) => term.length >= 3,
  fuzzy: false as const,
  weights: { prefix: 0.5, fuzzy: 0.35 },
};

/** Typo tolerance only where it helps: one edit from 7 letters, two from 10 (never „Rente“ → „Mente“). */
const typoDistance = (term: string) => (term.length >= 10 ? 2 : term.length >= 7 ? 1 : 0);

export function buildSearchIndex(catalog: Catalog): SearchIndex {
  const parts = new Decompounder(catalogueWords(catalog));
  const processTerm = (term: string) => termsWithParts(term, parts);
  const weight = new Map(catalog.massnahmen.map((m) => [m.slug, serviceWeight(m)]));
  const mini = new MiniSearch<SearchDoc>({
    fields: [...searchFields],
    storeFields: [],
    tokenize,
    processTerm,
    searchOptions: { ...searchOptions, boostDocument: (id) => weight.get(String(id)) ?? 1 },
  });
  mini.addAll(catalog.massnahmen.map((m) => toSearchDoc(catalog, m)));
  const bySlug = lookups(catalog).massnahme;
  const synonyms = buildSynonyms(catalog);
  const contacts = buildContactIndex(catalog, processTerm);
  // The most common written form of each index term, for „Meinten Sie …?“.
  const spelling = new Map<string, string>();
  for (const word of catalogueWords(catalog)) {
    const t = germanTerms(word);
    if (t) for (const term of t) if (!spelling.has(term)) spelling.set(term, word);
  }

  /**
   * A word's terms as a whole word or (weighing less) as a part of a compound. A stem
   * shorter than the word matches only exactly (inflections share it), the word itself
   * also as a prefix (typing, compounds): so „belästigt“ (stem „belast“) does not find
   * „Belastungen“, while „Väter“ still finds „Vätergruppen“.
   */
  const termQuery = (terms: string[]): WordQuery => {
    const [stem, surface] = terms as [string, string | undefined];
    const exactStem = surface !== undefined && surface !== stem;
    const parts = terms.map((t) => partMark + t);
    return {
      combineWith: 'OR',
      queries: [
        exactStem ? { combineWith: 'OR', prefix: false, queries: [stem] } : stem,
        ...(surface && exactStem ? [surface] : []),
        { combineWith: 'OR', boost: partBoost, queries: parts },
      ],
    };
  };

  /** The query of one word: its terms, or all its compound parts. */
  const wordQuery = (word: string): WordQuery | null => {
    const surface = surfaceOf(word);
    if (surface === null) return null;
    const terms = germanTerms(word) as string[];
    const split = parts.split(surface).filter((p) => p.length >= 4);
    if (split.length < 2) return termQuery(terms);
    return {
      combineWith: 'OR',
      queries: [termQuery(terms), { combineWith: 'AND', queries: split.map((p) => termQuery([stemOf(p)])) }],
    };
  };

  const phraseQuery = (words: readonly string[]): WordQuery | null => {
    const qs = words.map(wordQuery).filter((q): q is WordQuery => q !== null);
    if (!qs.length) return null;
    return qs.length === 1 ? (qs[0] as WordQuery) : { combineWith: 'AND', queries: qs };
  };

  /** The query's word groups, a recognised synonym phrase counting as one group. */
  const groupsOf = (query: string): WordQuery[] => {
    const words = tokenize(query.slice(0, maxQueryLength))
      .filter((w) => surfaceOf(w) !== null)
      .slice(0, maxQueryWords);
    const groups: WordQuery[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < words.length; ) {
      let matched = 0;
      for (let n = Math.min(synonyms.longest, words.length - i); n >= 1 && !matched; n--) {
        const key = phraseKey(words.slice(i, i + n));
        const alternatives = key ? synonyms.rules.get(key) : undefined;
        if (!alternatives || !key) continue;
        matched = n;
        if (seen.has(key)) break;
        seen.add(key);
        const qs = alternatives.map(phraseQuery).filter((q): q is WordQuery => q !== null);
        const own = phraseQuery(words.slice(i, i + n));
        groups.push({ combineWith: 'OR', queries: own ? [own, ...qs] : qs });
      }
      if (matched) {
        i += matched;
        continue;
      }
      const word = words[i] as string;
      const key = germanTerm(word) ?? word;
      i++;
      if (seen.has(key)) continue; // „Kolleginnen und Kollegen“: one term
      seen.add(key);
      const q = wordQuery(word);
      if (q) groups.push(q);
    }
    return groups;
  };

  const run = (groups: WordQuery[], combineWith: 'AND' | 'OR', fuzzy: boolean) =>
    mini.search({ combineWith, queries: groups }, fuzzy ? { fuzzy: typoDistance } : {});

  const toHits = (results: SearchResult[]): SearchHit[] =>
    results.flatMap((r) => {
      const massnahme = bySlug.get(String(r.id));
      return massnahme ? [{ massnahme, score: r.score, terms: r.terms }] : [];
    });

  /** Written forms of the index terms a typo-tolerant search matched, in query order. */
  const suggestionFor = (query: string, results: SearchResult[]): string | undefined => {
    const words = tokenize(query.slice(0, maxQueryLength)).slice(0, maxQueryWords);
    const matched = new Set(results.flatMap((r) => r.terms));
    let changed = false;
    const out = words.map((w) => {
      const own = germanTerms(w) ?? [];
      if (own.some((t) => matched.has(t))) return w;
      const surface = surfaceOf(w);
      if (!surface) return w;
      let best: string | undefined;
      let bestDistance = Number.POSITIVE_INFINITY;
      for (const t of matched) {
        const d = editDistance(surface, t, 2);
        if (d < bestDistance) {
          bestDistance = d;
          best = t;
        }
      }
      const written = best !== undefined ? spelling.get(best) : undefined;
      if (!written || bestDistance > 2) return w;
      changed = true;
      return written;
    });
    return changed ? out.join(' ') : undefined;
  };

  const find = (query: string): SearchOutcome => {
    const groups = groupsOf(query);
    if (!groups.length) return { hits: [], kontakte: [] };
    // Precise first: every word (or its synonym, or all its parts) must match,
    // exactly or as a prefix; then with a typo. When that gives fewer than three
    // hits, pages matching some of the words follow. As a last resort a shortened
    // stem finds compounds („trommeln“ → „Trommelprojekt“).
    let vorschlag: string | undefined;
    let results = run(groups, 'AND', false);
    if (!results.length) {
      results = run(groups, 'AND', true);
      if (results.length) vorschlag = suggestionFor(query, results);
    }
    if (results.length < 3 && groups.length > 1) {
      const seen = new Set(results.map((r) => r.id));
      let partial = run(groups, 'OR', false);
      if (!partial.length) partial = run(groups, 'OR', true);
      results = [...results, ...partial.filter((r) => !seen.has(r.id))];
    }
    if (!results.length) {
      const shortened = tokenize(query.slice(0, maxQueryLength))
        .slice(0, maxQueryWords)
        .flatMap((w) => germanTerms(w) ?? [])
        .map((t) => (t.length >= 7 ? t.slice(0, -1) : t));
      if (shortened.length) results = mini.search({ combineWith: 'OR', queries: shortened });
    }
    return { hits: toHits(results), kontakte: contacts(groups), vorschlag };
  };

  return { search: (query) => find(query).hits, find };
}

/** Levenshtein distance, stopping early above `max` (both strings are short index terms). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      row.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = row;
  }
  return prev[b.length] as number;
}

interface ContactDoc {
  id: string;
  titel: string;
  stelle: string;
  beschreibung: string;
  einheiten: string;
}

/**
 * The contact points as a second small index (title, organisation, description and the
 * units that name them as their contact). A contact matches when every word of the
 * query does; the best three are returned, those far below the best one dropped.
 */
function buildContactIndex(
  catalog: Catalog,
  processTerm: (term: string) => string[] | null,
): (groups: WordQuery[]) => KontaktHit[] {
  const mini = new MiniSearch<ContactDoc>({
    fields: ['titel', 'stelle', 'beschreibung', 'einheiten'],
    storeFields: [],
    tokenize,
    processTerm,
    searchOptions: { ...searchOptions, boost: contactBoost },
  });
  mini.addAll(
    catalog.kontakte.map((k) => ({
      id: k.slug,
      titel: k.titel,
      stelle: k.kontakt.stelle ?? '',
      beschreibung: k.beschreibung.text,
      einheiten: catalog.fachbereiche
        .filter((f) => f.kontakt === k.slug)
        .map((f) => f.titel)
        .join(' '),
    })),
  );
  const bySlug = new Map(catalog.kontakte.map((k) => [k.slug, k]));
  const common = catalog.kontakte.length / 3;
  return (all) => {
    if (!all.length) return [];
    let results = mini.search({ combineWith: 'AND', queries: all });
    // A word that most contact points match („Beratung“) does not tell them apart.
    const telling = all.filter((g) => mini.search(g).length <= common);
    const groups = telling.length ? telling : all;
    if (!results.length && groups.length < all.length)
      results = mini.search({ combineWith: 'AND', queries: groups });
    // A sentence („Ich werde belästigt – an wen wende ich mich?“): the best single match.
    if (!results.length && groups.length > 1)
      results = mini.search({ combineWith: 'OR', queries: groups }).slice(0, 1);
    const best = results[0]?.score ?? 0;
    return results
      .filter((r) => r.score >= best / 3)
      .slice(0, 3)
      .flatMap((r) => {
        const kontakt = bySlug.get(String(r.id));
        return kontakt ? [{ kontakt, score: r.score }] : [];
      });
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

/**
 * Whether a word of the text shows a matched index term: its own term, a term it
 * starts with (prefix match) or, for compound parts, a term of four letters or more
 * at its end („Cybermobbing“ for „mobbing“).
 */
function shows(word: string, wanted: ReadonlySet<string>): boolean {
  const forms = germanTerms(word) ?? [];
  const surface = surfaceOf(word) ?? '';
  for (const marked of wanted) {
    const t = marked.startsWith(partMark) ? marked.slice(partMark.length) : marked;
    if (forms.includes(t)) return true;
    if (t.length >= 3 && forms.some((f) => f.startsWith(t))) return true;
    if (t.length >= 4 && surface.length > t.length) {
      const at = surface.lastIndexOf(t);
      if (at > 0 && at >= surface.length - t.length - 3) return true;
    }
  }
  return false;
}

/** Splits `text` into segments, marking words whose index term is one of `terms`. */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  if (!terms.length) return [{ text, mark: false }];
  const wanted = new Set(terms);
  const out: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(wordPattern)) {
    if (!shows(match[0], wanted)) continue;
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
