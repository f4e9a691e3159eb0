/**
 * Lighthouse part of `npm run bench`: runs Lighthouse 12.2.3 with its default mobile
 * settings (emulated Moto G Power, simulated throttling) and Debian's Chromium against a
 * running server and returns category scores, key metrics and the failing audits per page.
 *
 * Lighthouse is not a project dependency: it pulls in ~150 packages that every `npm ci`
 * (CI, deployment) would install for a benchmark that runs by hand. Instead it is installed
 * on first use into .bench/lighthouse-12.2.3/ (git-ignored) and loaded through its Node API.
 * Compared with `npx lighthouse`, the pinned local install is reused without asking the
 * registry on each run, and the Node API hands back the report object directly (no temp
 * files, no parsing of CLI output). 13.x needs Node 22; 12.2.3 runs on Node 20.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumFlags, findChromium } from '../scripts/ensure-chromium.mjs';

export const LIGHTHOUSE_VERSION = '12.2.3';
const CHROME_PATH = process.env.CHROME_PATH || findChromium() || '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless=new', ...chromiumFlags];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Audits without a pass/fail meaning. */
const NOT_SCORED = new Set(['informative', 'manual', 'notApplicable', 'error']);

/** Installs Lighthouse into `dir` unless it is there already; returns its node_modules. */
function ensureLighthouse(dir) {
  const modules = path.join(dir, 'node_modules');
  const pkg = path.join(modules, 'lighthouse', 'package.json');
  if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).version === LIGHTHOUSE_VERSION)
    return modules;
  console.log(`Installiere lighthouse@${LIGHTHOUSE_VERSION} nach ${dir} …`);
  fs.mkdirSync(dir, { recursive: true });
  const r = spawnSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefix', dir, `lighthouse@${LIGHTHOUSE_VERSION}`],
    // puppeteer-core downloads nothing, but make sure no browser is ever fetched.
    { stdio: 'inherit', env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' } },
  );
  if (r.status !== 0) throw new Error(`npm install lighthouse@${LIGHTHOUSE_VERSION} fehlgeschlagen`);
  return modules;
}

async function loadLighthouse(dir) {
  const modules = ensureLighthouse(dir);
  const load = (file) => import(pathToFileURL(path.join(modules, file)).href);
  const [lh, launcher, median] = await Promise.all([
    load('lighthouse/core/index.js'),
    load('chrome-launcher/dist/index.js'),
    load('lighthouse/core/lib/median-run.js'),
  ]);
  return { lighthouse: lh.default, launch: launcher.launch, computeMedianRun: median.computeMedianRun };
}

/** One Lighthouse run in a fresh Chromium; returns the report object (LHR). */
async function runOnce(api, url) {
  process.env.CHROME_PATH = CHROME_PATH;
  const chrome = await api.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    // No config: Lighthouse's defaults are the mobile settings.
    const result = await api.lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: CATEGORIES,
      locale: 'de',
    });
    if (!result?.lhr) throw new Error(`Lighthouse lieferte keinen Bericht für ${url}`);
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

/**
 * `runs` successful runs of one URL. A single run fails now and then on a loaded machine
 * (e.g. NO_NAVSTART: the trace missed the navigation), so up to two failures are retried.
 */
async function runsOf(api, url, runs) {
  const lhrs = [];
  let failures = 0;
  while (lhrs.length < runs) {
    try {
      lhrs.push(await runOnce(api, url));
    } catch (e) {
      if (++failures > 2) throw e;
      console.error(`Lighthouse ${url}: ${e?.message ?? e} – neuer Versuch`);
    }
  }
  return lhrs;
}

const score = (lhr, id) => {
  const s = lhr.categories[id]?.score;
  return typeof s === 'number' ? Math.round(s * 100) : Number.NaN;
};
const metric = (lhr, id) => lhr.audits[id]?.numericValue ?? Number.NaN;

function row(p, lhr) {
  return {
    path: p,
    performance: score(lhr, 'performance'),
    accessibility: score(lhr, 'accessibility'),
    bestPractices: score(lhr, 'best-practices'),
    seo: score(lhr, 'seo'),
    fcp: metric(lhr, 'first-contentful-paint'),
    lcp: metric(lhr, 'largest-contentful-paint'),
    tbt: metric(lhr, 'total-blocking-time'),
    cls: metric(lhr, 'cumulative-layout-shift'),
    // Lighthouse's measure of this machine's CPU speed (its 4× CPU slowdown assumes a fast one).
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? Number.NaN,
    warnings: lhr.runWarnings ?? [],
  };
}

/** Audits of the four categories with a score below 1 (only those that pass or fail). */
function failingAudits(lhr) {
  const out = new Map();
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (!a || NOT_SCORED.has(a.scoreDisplayMode) || a.score === null || a.score >= 1) continue;
      if (out.has(a.id)) continue;
      out.set(a.id, {
        id: a.id,
        category: id,
        title: a.title,
        score: a.score,
        weight: ref.weight,
        displayValue: a.displayValue ?? '',
        items: (a.details?.items ?? []).slice(0, 3).map(describeItem).filter(Boolean),
      });
    }
  }
  return [...out.values()];
}

/** A short text for one finding of an audit (the element or URL concerned). */
function describeItem(item) {
  const node = item.node ?? item.element;
  if (node?.snippet) return `${node.selector ?? ''} ${node.snippet}`.trim().slice(0, 200);
  if (typeof item.reason === 'string') return item.reason; // bf-cache
  const url = item.sourceLocation?.url ?? item.url;
  const text = typeof item.description === 'string' ? item.description.slice(0, 200) : '';
  if (typeof url === 'string' && url) return text ? `${text}: ${url}` : url;
  return text;
}

/**
 * Runs Lighthouse on `baseUrl` + each path. With runs > 1 the median run (by FCP and TTI,
 * Lighthouse's own computeMedianRun) is reported. Returns {version, rows, failing}, where
 * failing is [{path, audits}].
 */
export async function benchLighthouse(baseUrl, paths, { runs = 1, cacheDir = path.resolve('.bench') } = {}) {
  const api = await loadLighthouse(path.join(cacheDir, `lighthouse-${LIGHTHOUSE_VERSION}`));
  const rows = [];
  const failing = [];
  for (const p of paths) {
    // A failing page (server gone, Chrome error) is reported as such; the others still run.
    try {
      const lhrs = await runsOf(api, new URL(p, baseUrl).href, runs);
      const lhr = lhrs.length > 1 ? api.computeMedianRun(lhrs) : lhrs[0];
      rows.push(row(p, lhr));
      failing.push({ path: p, audits: failingAudits(lhr) });
    } catch (e) {
      rows.push({ path: p, error: String(e?.message ?? e) });
      failing.push({ path: p, audits: [], error: String(e?.message ?? e) });
      console.error(`Lighthouse ${p}: ${e?.message ?? e}`);
      continue;
    }
    const r = rows.at(-1);
    console.log(
      `Lighthouse ${p.padEnd(42)} Performance ${r.performance}  Barrierefreiheit ${r.accessibility}  Best Practices ${r.bestPractices}  SEO ${r.seo}`,
    );
  }
  return { version: LIGHTHOUSE_VERSION, rows, failing };
}

const TARGETS = { performance: 95, accessibility: 100, bestPractices: 100, seo: 100 };
const meetsTargets = (r) => Object.entries(TARGETS).every(([k, min]) => r[k] >= min);

/** The "## Lighthouse (mobil)" section of docs/performance.md; `error` replaces the results. */
export function lighthouseSection(result, { runs = 1, error, skipped = false } = {}) {
  const head = `## Lighthouse (mobil)
Lighthouse ${LIGHTHOUSE_VERSION} mit den Standardeinstellungen für Mobilgeräte (emuliertes Moto G Power, simulierte Drosselung), Debian-Chromium headless, gegen \`next start\` allein${runs > 1 ? `; Median aus ${runs} Läufen je Seite` : ''}.
Ziele: Performance ≥ ${TARGETS.performance}, Barrierefreiheit, Best Practices und SEO ${TARGETS.seo}.
Die simulierte 4-fache CPU-Drosselung wird auf die hier gemessenen Laufzeiten angewandt: Auf einer langsamen oder ausgelasteten Maschine (niedriger BenchmarkIndex; Chromium und Server teilen sich dieselben Kerne) fallen TBT und Performance schlechter aus als auf einem typischen Rechner.
`;
  if (skipped) return `${head}\nÜbersprungen (--no-lighthouse).\n`;
  if (error)
    return `${head}\nLighthouse-Messung fehlgeschlagen:\n\n    ${String(error).split('\n').slice(0, 5).join('\n    ')}\n`;
  const f = (n, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : '–');
  const table = [
    '| Seite | Performance | Barrierefreiheit | Best Practices | SEO | FCP (s) | LCP (s) | TBT (ms) | CLS | Ziele erreicht | BenchmarkIndex |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|',
    ...result.rows.map(
      (r) =>
        `| ${r.path} | ${f(r.performance)} | ${f(r.accessibility)} | ${f(r.bestPractices)} | ${f(r.seo)} | ${f(r.fcp / 1000, 1)} | ${f(r.lcp / 1000, 1)} | ${f(r.tbt)} | ${f(r.cls, 3)} | ${meetsTargets(r) ? 'ja' : r.error ? 'Fehler' : 'nein'} | ${f(r.benchmarkIndex)} |`,
    ),
  ].join('\n');
  return `${head}\n${table}\n\n### Nicht bestandene Audits (Score < 1)\n${result.failing.map(failingList).join('\n')}`;
}

function failingList({ path: p, audits, error }) {
  if (error) return `- ${p}: Messung fehlgeschlagen: ${error.split('\n')[0]}\n`;
  if (!audits.length) return `- ${p}: keine\n`;
  const lines = audits.map((a) => {
    const value = a.displayValue ? ` – ${a.displayValue}` : '';
    const items = a.items.map((i) => `\n    - \`${i.replaceAll('`', "'")}\``).join('');
    return `  - \`${a.id}\` (${a.category}, Score ${a.score.toFixed(2)}): ${a.title}${value}${items}`;
  });
  return `- ${p}:\n${lines.join('\n')}\n`;
}
