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
 * - server CPU time per request (user + system time of the Next processes, /proc), for the
 *   measure page and for the list page over the first 100 of those query strings, fetched
 *   one after another. Unlike requests/s and latency it hardly depends on what else runs on
 *   a shared machine, so it is the figure to compare when the machine is busy;
 * - page weight (gzip -9) of HTML, CSS and JavaScript per page type (first round only);
 * - with --lighthouse: Lighthouse mobile per page type (first round only, one run each).
 *
 * Rounds alternate before/after so that load from other processes hits both alike; the
 * table shows the median over rounds. Prints Markdown; with --write also puts it into the
 * before/after block of docs/performance.md (which `npm run bench` keeps).
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureTool, pageWeight, sleep, variedScript, waitFor, withComparison, wrk } from './lib.mjs';
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

/** The process and its descendants (next start runs the server in a child process). */
function tree(pid) {
  let kids = [];
  try {
    kids = execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean);
  } catch {}
  return [pid, ...kids.flatMap((k) => tree(Number(k)))];
}

/** User + system CPU time (ms) of a process tree so far. */
function cpuMs(pid) {
  const tick = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
  let total = 0;
  for (const p of tree(pid)) {
    try {
      const fields = fs.readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      total += (Number(fields[11]) + Number(fields[12])) * tick;
    } catch {}
  }
  return total;
}

/** Server CPU time per request (ms) over `paths`, fetched one after another. */
async function cpuPerRequest(pid, paths) {
  const before = cpuMs(pid);
  for (const p of paths) {
    const res = await fetch(`${base}${p}`);
    if (res.status !== 200) throw new Error(`${p}: HTTP ${res.status}`);
    await res.arrayBuffer();
  }
  return (cpuMs(pid) - before) / paths.length;
}

const listPaths = fs
  .readFileSync(variedList, 'utf8')
  .match(/"[^"]+"/g)
  .slice(0, 100)
  .map((s) => JSON.parse(s));
const running = new Set();
process.on('exit', () => {
  for (const c of running) c.kill('SIGTERM');
});
process.on('SIGTERM', () => process.exit(143));
process.on('SIGINT', () => process.exit(130));

async function withServer(dir, fn) {
  const child = spawn(
    process.execPath,
    [path.join(dir, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'],
    { cwd: dir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, stdio: 'ignore' },
  );
  running.add(child);
  const exited = new Promise((r) => child.once('exit', r));
  try {
    await waitFor(`${base}/`);
    for (const p of [...pageTypes, listPage]) await fetch(`${base}${p}`); // warm up
    await sleep(500);
    return await fn(child.pid);
  } finally {
    child.kill('SIGTERM');
    await exited;
    running.delete(child);
  }
}

const results = { vorher: [], nachher: [] };
const weights = {};
const lighthouse = {};
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? ['vorher', 'nachher'] : ['nachher', 'vorher'];
  for (const name of order) {
    const r = await withServer(builds[name], async (pid) => {
      const cpuMeasure = await cpuPerRequest(pid, Array(200).fill(measurePage));
      const cpuList = await cpuPerRequest(pid, listPaths);
      const measure = wrk(`${base}${measurePage}`, { duration, connections: 10 });
      const list = wrk(`${base}${listPage}`, { duration, connections: 1 });
      const varied = wrk(`${base}/massnahmen`, { duration, connections: 1, script: variedList });
      if (round === 0) {
        weights[name] = [];
        for (const p of pageTypes) weights[name].push(await pageWeight(base, p));
        if (opts.lighthouse)
          lighthouse[name] = await benchLighthouse(`${base}/`, pageTypes, { cacheDir: work });
      }
      return { measure, list, varied, cpuMeasure, cpuList };
    });
    results[name].push(r);
    console.error(
      `Runde ${round + 1} ${name}: Maßnahmenseite ${r.measure.rps.toFixed(0)} req/s, CPU ${r.cpuMeasure.toFixed(2)} ms · Liste p50 ${r.list.p50.toFixed(2)} ms · 3.000 Anfragen p50 ${r.varied.p50.toFixed(2)} ms, CPU ${r.cpuList.toFixed(2)} ms`,
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
  row('Server-CPU je Anfrage, Maßnahmenseite (ms)', (r) => r.cpuMeasure, 2),
  row('Server-CPU je Anfrage, Liste über 100 verschiedene Anfragen (ms)', (r) => r.cpuList, 2),
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
if (opts.write) {
  const file = path.resolve('docs', 'performance.md');
  const load = fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const head = [
    `## Vorher/nachher (bench/compare.mjs, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)`,
    '',
    `Zwei Builds abwechselnd auf derselben Maschine: vorher \`${opts['label-before'] ?? builds.vorher}\`, nachher \`${opts['label-after'] ?? builds.nachher}\`. Last (loadavg) am Ende: ${load}. Bei einer ausgelasteten Maschine sind Anfragen/s und Latenzen nur im Verhältnis vorher/nachher aussagekräftig; die Server-CPU je Anfrage hängt kaum von der Last ab.`,
    '',
  ];
  fs.writeFileSync(file, withComparison(fs.readFileSync(file, 'utf8'), [...head, ...out].join('\n')));
  console.error(`geschrieben: ${file}`);
}
