/**
 * `node bench/compare.mjs --before=DIR [--after=DIR] [--port=N] [--duration=S] [--rounds=N]
 * [--lighthouse]`: the figures of issue 15 for two builds, measured back to back on the same
 * machine. Each DIR is a project directory with a finished `npm run build` (.next) and a
 * node_modules; `after` defaults to the current directory. Per round and build it starts
 * `next start` on 127.0.0.1:PORT (default 4100, also BENCH_PORT), then measures
 *
 * - the measure page from Next alone: wrk, 10 connections (requests/s, p50, p99);
 * - the per-request list page with one connection, so p50 is the time of one request
 *   without queueing: `/massnahmen` with two filters, and 3,000 different filter + search
 *   query strings (bench/lib.mjs variedScript, no cache helps);
 * - page weight (gzip -9) of HTML, CSS and JavaScript per page type (first round only);
 * - with --lighthouse: Lighthouse mobile per page type (first round only, one run each).
 *
 * Rounds alternate before/after so that load from other processes hits both alike; the
 * table shows the median over rounds. Prints Markdown.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureTool, pageWeight, sleep, variedScript, waitFor, wrk } from './lib.mjs';
import { benchLighthouse } from './lighthouse.mjs';

const opts = Object.fromEntries(
  process.argv
    .slice(2)
    .map((a) => a.replace(/^--/, '').split('='))
    .map(([k, v]) => [k, v ?? true]),
);
if (!opts.before) {
  console.error('Aufruf: node bench/compare.mjs --before=VERZEICHNIS [--after=VERZEICHNIS] [--port=N]');
  process.exit(2);
}
const builds = {
  vorher: path.resolve(String(opts.before)),
  nachher: path.resolve(String(opts.after ?? '.')),
};
const port = Number(opts.port ?? process.env.BENCH_PORT ?? 4100);
const duration = Number(opts.duration ?? 8);
const rounds = Number(opts.rounds ?? 2);
const work = path.resolve('.bench');
fs.mkdirSync(work, { recursive: true });
const base = `http://127.0.0.1:${port}`;
const measurePage = String(opts.measure ?? '/massnahmen/betriebliche-sozialberatung');
const listPage = '/massnahmen?dimension=geschlecht&richtung=aussen';
const pageTypes = ['/', '/massnahmen', measurePage, '/dimensionen/geschlecht', '/kontakte', '/vorschlagen'];
const variedList = variedScript(work, 'varied-list', '/massnahmen', 3000);
ensureTool('wrk', 'wrk');

async function withServer(dir, fn) {
  const child = spawn(
    process.execPath,
    [path.join(dir, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'],
    { cwd: dir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, stdio: 'ignore' },
  );
  const exited = new Promise((r) => child.once('exit', r));
  try {
    await waitFor(`${base}/`);
    for (const p of [...pageTypes, listPage]) await fetch(`${base}${p}`); // warm up
    await sleep(500);
    return await fn();
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

const results = { vorher: [], nachher: [] };
const weights = {};
const lighthouse = {};
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? ['vorher', 'nachher'] : ['nachher', 'vorher'];
  for (const name of order) {
    const r = await withServer(builds[name], async () => {
      const measure = wrk(`${base}${measurePage}`, { duration, connections: 10 });
      const list = wrk(`${base}${listPage}`, { duration, connections: 1 });
      const varied = wrk(`${base}/massnahmen`, { duration, connections: 1, script: variedList });
      if (round === 0) {
        weights[name] = [];
        for (const p of pageTypes) weights[name].push(await pageWeight(base, p));
        if (opts.lighthouse)
          lighthouse[name] = await benchLighthouse(`${base}/`, pageTypes, { cacheDir: work });
      }
      return { measure, list, varied };
    });
    results[name].push(r);
    console.error(
      `Runde ${round + 1} ${name}: Maßnahmenseite ${r.measure.rps.toFixed(0)} req/s · Liste p50 ${r.list.p50.toFixed(2)} ms · 3.000 Anfragen p50 ${r.varied.p50.toFixed(2)} ms`,
    );
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const f = (n, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : '–');
const row = (label, pick, d) =>
  `| ${label} | ${f(median(results.vorher.map(pick)), d)} | ${f(median(results.nachher.map(pick)), d)} |`;
const out = [
  `Median aus ${rounds} Runden je Build, abwechselnd; wrk ${duration} s je Lauf.`,
  '',
  '| Messung | vorher | nachher |',
  '|---|---:|---:|',
  row('Maßnahmenseite, Next allein, 10 Verbindungen: req/s', (r) => r.measure.rps),
  row('Maßnahmenseite, 10 Verbindungen: p99 (ms)', (r) => r.measure.p99, 2),
  row('Liste mit zwei Filtern, 1 Verbindung: p50 (ms)', (r) => r.list.p50, 2),
  row('Liste, 3.000 verschiedene Anfragen, 1 Verbindung: p50 (ms)', (r) => r.varied.p50, 2),
  row('Liste, 3.000 verschiedene Anfragen, 1 Verbindung: p99 (ms)', (r) => r.varied.p99, 2),
  '',
  '| Seite | HTML vorher | HTML nachher | JS vorher | JS nachher | CSS vorher | CSS nachher |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...pageTypes.map((p, i) => {
    const [a, b] = [weights.vorher?.[i], weights.nachher?.[i]];
    return `| ${p} | ${a?.html} | ${b?.html} | ${a?.js} | ${b?.js} | ${a?.css} | ${b?.css} |`;
  }),
];
if (opts.lighthouse) {
  out.push('', '| Seite | Performance vorher | Performance nachher | TBT vorher (ms) | TBT nachher (ms) |');
  out.push('|---|---:|---:|---:|---:|');
  for (const [i, p] of pageTypes.entries()) {
    const [a, b] = [lighthouse.vorher?.rows[i], lighthouse.nachher?.rows[i]];
    out.push(`| ${p} | ${f(a?.performance)} | ${f(b?.performance)} | ${f(a?.tbt)} | ${f(b?.tbt)} |`);
  }
}
console.log(out.join('\n'));
