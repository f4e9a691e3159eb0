/**
 * `npm run bench:search [-- content-dir]` (bench/search.ts): compares the project's search (MiniSearch,
 * lib/search.ts) with Orama and FlexSearch on the real catalogue and prints a Markdown table.
 *
 * All three index the same fields (titel, kurztitel, beschreibung, ziele, verantwortlich,
 * unit names, target-group names) with the boosts of lib/search.ts where the library allows.
 *
 * - MiniSearch: `buildSearchIndex` as the site uses it.
 * - Orama: built-in tokenizer with `language: 'german'` and the Snowball German stemmer from
 *   @orama/stemmers (the same stemmer lib/search.ts uses), the project's stop words, prefix
 *   matching (Orama's default), typo tolerance 1, field boosts via `boost`.
 * - FlexSearch: Document index, `tokenize: 'forward'` (prefix matching), encoder
 *   `Charset.LatinAdvanced` plus the German language pack (stop words, suffix stemmer, ä → ae,
 *   ß → ss), `suggest: true` so that not every word has to match. FlexSearch returns ranked ids per
 *   field without scores, so field boosts are applied by weighted reciprocal-rank fusion.
 *
 * Reported: index build time (median of 5 builds), query time (median and p95 over every query
 * of the relevance suite, each run 50 times) and how many query → measure pairs of
 * tests/fixtures/search-queries.ts have the measure in the top 3.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { create, insert, search as oramaSearch } from '@orama/orama';
import { stemmer as germanStemmer } from '@orama/stemmers/german';
import { Charset, Document, Encoder } from 'flexsearch';
import germanPack from 'flexsearch/lang/de';
import { loadContent } from '../lib/content/loader';
import { formatProblem } from '../lib/content/problems';
import type { Catalog } from '../lib/content/types';
import {
  buildSearchIndex,
  type SearchDoc,
  searchBoost,
  searchFields,
  stopWords as stopWordSet,
  toSearchDoc,
} from '../lib/search';

const stopWords = [...stopWordSet];

import { knownWeakCases, relevanceCases } from '../tests/fixtures/search-queries';

const BUILDS = 5;
const REPEATS = 50;
const TOP = 3;

const fields = searchFields;
type Field = (typeof fields)[number];
const boost: Record<Field, number> = searchBoost;
type BenchDoc = SearchDoc & Record<string, string>;

function toDocs(catalog: Catalog): BenchDoc[] {
  return catalog.massnahmen.map((m) => ({ ...toSearchDoc(catalog, m) }));
}

/** Returns the slugs of the hits in rank order. */
type Searcher = (query: string) => string[];

interface Engine {
  name: string;
  build(catalog: Catalog): Searcher;
}

function sync<T>(value: T | Promise<T>, what: string): T {
  if (value instanceof Promise)
    throw new Error(`${what} lief asynchron; die Messung erwartet synchrone Aufrufe.`);
  return value;
}

const miniSearch: Engine = {
  name: 'MiniSearch 7.2.0 (lib/search.ts)',
  build(catalog) {
    const index = buildSearchIndex(catalog);
    return (query) => index.search(query).map((hit) => hit.massnahme.slug);
  },
};

const orama: Engine = {
  name: 'Orama 3.1.18',
  build(catalog) {
    const db = create({
      schema: {
        titel: 'string',
        kurztitel: 'string',
        beschreibung: 'string',
        ziele: 'string',
        verantwortlich: 'string',
        fachbereiche: 'string',
        zielgruppen: 'string',
      },
      components: {
        tokenizer: { language: 'german', stemming: true, stemmer: germanStemmer, stopWords },
      },
    });
    for (const doc of toDocs(catalog)) sync(insert(db, doc), 'Orama insert');
    return (query) => {
      if (!query.trim()) return [];
      const results = sync(
        oramaSearch(db, { term: query, properties: [...fields], boost, tolerance: 1, limit: 100 }),
        'Orama search',
      );
      return results.hits.map((hit) => hit.id);
    };
  },
};

const flexSearch: Engine = {
  name: 'FlexSearch 0.8.212',
  build(catalog) {
    const encoder = new Encoder(Charset.LatinAdvanced).assign(germanPack);
    const index = new Document<BenchDoc>({
      document: {
        id: 'id',
        index: fields.map((field) => ({ field, tokenize: 'forward' as const, encoder })),
      },
    });
    for (const doc of toDocs(catalog)) index.add(doc);
    return (query) => {
      const perField = index.search(query, { suggest: true, limit: 100 });
      const score = new Map<string, number>();
      for (const { field, result } of perField) {
        const weight = field && field in boost ? boost[field as Field] : 1;
        result.forEach((id, rank) => {
          score.set(String(id), (score.get(String(id)) ?? 0) + weight / (rank + 1));
        });
      }
      return [...score].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    };
  },
};

const engines: Engine[] = [miniSearch, orama, flexSearch];

function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[hi] ?? a;
  return a + (b - a) * (pos - lo);
}

interface Miss {
  query: string;
  slug: string;
  top: string[];
}

interface Report {
  name: string;
  buildMs: number;
  queryMedianMs: number;
  queryP95Ms: number;
  hits: number;
  misses: Miss[];
  weakHits: number;
  weakResults: Miss[];
}

function check(search: Searcher, cases: readonly [string, string][]): { hits: number; misses: Miss[] } {
  const misses: Miss[] = [];
  for (const [query, slug] of cases) {
    const top = search(query).slice(0, TOP);
    if (!top.includes(slug)) misses.push({ query, slug, top });
  }
  return { hits: cases.length - misses.length, misses };
}

function run(engine: Engine, catalog: Catalog): Report {
  const buildTimes: number[] = [];
  let search: Searcher | undefined;
  for (let i = 0; i < BUILDS; i++) {
    const started = performance.now();
    search = engine.build(catalog);
    buildTimes.push(performance.now() - started);
  }
  if (!search) throw new Error('Kein Index gebaut.');

  const queries = relevanceCases.map(([query]) => query);
  for (const query of queries) search(query); // warm-up
  const samples: number[] = [];
  for (const query of queries) {
    for (let i = 0; i < REPEATS; i++) {
      const started = performance.now();
      search(query);
      samples.push(performance.now() - started);
    }
  }

  const suite = check(search, relevanceCases);
  const weak = check(search, knownWeakCases);
  return {
    name: engine.name,
    buildMs: median(buildTimes),
    queryMedianMs: median(samples),
    queryP95Ms: quantile(samples, 0.95),
    hits: suite.hits,
    misses: suite.misses,
    weakHits: weak.hits,
    weakResults: knownWeakCases.map(([query, slug]) => ({ query, slug, top: search(query).slice(0, TOP) })),
  };
}

const ms = (value: number) => value.toFixed(value < 1 ? 3 : 1);
const list = (top: readonly string[]) => (top.length ? top.join(', ') : '(keine Treffer)');

const root = path.resolve(process.argv[2] ?? 'content');
const { catalog, problems } = loadContent(root);
if (!catalog) {
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}

const reports = engines.map((engine) => run(engine, catalog));
const n = relevanceCases.length;

console.log(
  `Katalog: ${catalog.massnahmen.length} Maßnahmen · ${n} Anfragen × ${REPEATS} Wiederholungen · Indexaufbau: Median aus ${BUILDS}\n`,
);
console.log(
  '| Bibliothek | Indexaufbau (ms, Median) | Anfrage (ms, Median) | Anfrage (ms, p95) | Ziel in Top 3 | Bekannte Schwachstellen in Top 3 |',
);
console.log('|---|---:|---:|---:|---:|---:|');
for (const r of reports) {
  console.log(
    `| ${r.name} | ${ms(r.buildMs)} | ${ms(r.queryMedianMs)} | ${ms(r.queryP95Ms)} | ${r.hits}/${n} | ${r.weakHits}/${knownWeakCases.length} |`,
  );
}

for (const r of reports) {
  console.log(`\n### ${r.name}: nicht in den Top 3 (${r.misses.length})\n`);
  if (!r.misses.length) console.log('- keine');
  for (const m of r.misses) console.log(`- „${m.query}“ → ${m.slug}; Top 3: ${list(m.top)}`);
}

console.log('\n### Bekannte Schwachstellen (nicht in der Test-Suite): Top 3 je Bibliothek\n');
for (const [i, [query, slug]] of knownWeakCases.entries()) {
  console.log(`- „${query}“ → ${slug}`);
  for (const r of reports) {
    const top = r.weakResults[i]?.top ?? [];
    console.log(`  - ${r.name}: ${top.includes(slug) ? '✓' : '✗'} ${list(top)}`);
  }
}
