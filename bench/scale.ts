/**
 * Scale benchmark (part of `npm run bench`): for catalogues of 84 (real), 1,000 and
 * 10,000 measures, measures validation time, heap after loading, search-index build time
 * and the server-side filter + search computation per request (median and p99 over a
 * fixed set of queries, after 20 warm-up rounds). Prints a Markdown table.
 */
import path from 'node:path';
import { loadContent } from '../lib/content/loader';
import type { Catalog } from '../lib/content/types';
import { listing } from '../lib/listing';
import { buildSearchIndex } from '../lib/search';
import { generateCatalog } from './generate-catalog';

const queries = [
  'q=Beratung',
  'q=maedchen&richtung=aussen',
  'dimension=geschlecht&richtung=innen',
  'dimension=alter&dimension=behinderung&zielgruppe=aeltere-menschen',
  'q=Sprachkurs',
  'q=Gesundhiet',
  'neu=1&dezernat=iv',
  'q=Fortbildung+F%C3%BChrungskr%C3%A4fte&dimension=uebergreifend',
  'fachbereich=soziales&q=Inklusion',
  '',
];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export interface ScaleRow {
  measures: number;
  validateMs: number;
  heapMb: number;
  indexMs: number;
  requestMedianMs: number;
  requestP99Ms: number;
}

export function measure(root: string): ScaleRow {
  global.gc?.();
  const t0 = performance.now();
  const { catalog, problems } = loadContent(root);
  const validateMs = performance.now() - t0;
  if (!catalog) throw new Error(`Ungültiger Katalog: ${problems.length} Fehler`);
  const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
  const t1 = performance.now();
  // The index is built once per process; measure that build alone, then reuse it via listing().
  buildSearchIndex(catalog);
  const indexMs = performance.now() - t1;
  const times = requestTimes(catalog);
  return {
    measures: catalog.massnahmen.length,
    validateMs,
    heapMb,
    indexMs,
    requestMedianMs: percentile(times, 50),
    requestP99Ms: percentile(times, 99),
  };
}

function requestTimes(catalog: Catalog): number[] {
  // Warm-up: builds the cached index and lets V8 compile the hot paths, as on a server after its
  // first few hundred requests; the JIT's first rounds would otherwise be the p99.
  for (let round = 0; round < 20; round++) for (const q of queries) listing(catalog, new URLSearchParams(q));
  const times: number[] = [];
  for (let round = 0; round < 30; round++) {
    for (const q of queries) {
      const t = performance.now();
      listing(catalog, new URLSearchParams(q));
      times.push(performance.now() - t);
    }
  }
  return times;
}

export function scaleTable(rows: ScaleRow[]): string {
  const f = (n: number, d = 1) => n.toFixed(d);
  return [
    '| Maßnahmen | Validierung (ms) | Heap nach Laden (MB) | Suchindex (ms) | Filter + Suche je Anfrage, Median (ms) | p99 (ms) |',
    '|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.measures} | ${f(r.validateMs, 0)} | ${f(r.heapMb)} | ${f(r.indexMs, 0)} | ${f(r.requestMedianMs, 3)} | ${f(r.requestP99Ms, 3)} |`,
    ),
  ].join('\n');
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const sizes = (process.argv[2] ?? '1000,10000').split(',').map(Number);
  const rows = [measure(path.resolve('content'))];
  for (const n of sizes) {
    const dir = path.resolve('.bench', `katalog-${n}`);
    generateCatalog(n, dir);
    rows.push(measure(dir));
  }
  console.log(scaleTable(rows));
}
