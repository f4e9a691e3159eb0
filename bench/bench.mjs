/**
 * `npm run bench`: the performance benchmark (docs/performance.md).
 *
 * Builds the site, starts `next start`, and on loopback measures with wrk requests per
 * second and p50/p99 latency at 10 and 50 connections for the start page, a measure page,
 * /massnahmen with two filters, a search and the JSON search API, each with and without
 * `Accept-Encoding: gzip`. The same HTML bytes of the start page and the measure page are
 * served as static files by nginx (precompressed with gzip_static) and by a bare Node http
 * server and measured the same way, which gives the physical limit on this machine. The
 * site is also measured as deployed: nginx with deploy/nginx.conf in front of Next. Filter
 * and search pages are additionally measured over thousands of different query strings so
 * that no cache helps. Memory (RSS) of the Next process is reported idle, under load and
 * after. Lighthouse (mobile) then checks four pages against Next alone
 * (bench/lighthouse.mjs). Finally the scale benchmark (84 / 1,000 / 10,000
 * measures) runs, and the site is built once per catalogue size to measure build time
 * (bench/build.mjs). The report is written to docs/performance.md.
 *
 * Options: --duration=SECONDS per run (default 8), --no-build, --sizes=1000,10000,
 * --lighthouse-runs=N (median of N runs per page, default 3), --no-lighthouse,
 * --no-build-scale (skip the builds per size), --build-timeout=MINUTES (default 20),
 * --port=N (first of four consecutive loopback ports for Next and the comparison servers,
 * default 4100; also BENCH_PORT)
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { benchBuild, buildTable } from './build.mjs';
import {
  comparisonBlock,
  ensureTool,
  pageWeight,
  sleep,
  variedScript,
  waitFor,
  withComparison,
  wrk as wrkRun,
} from './lib.mjs';
import { benchLighthouse, lighthouseSection } from './lighthouse.mjs';

const opts = Object.fromEntries(
  process.argv
    .slice(2)
    .map((a) => a.replace(/^--/, '').split('='))
    .map(([k, v]) => [k, v ?? true]),
);
const duration = Number(opts.duration ?? 8);
const sizes = String(opts.sizes ?? '1000,10000')
  .split(',')
  .filter(Boolean)
  .map(Number);
const lighthouseRuns = Number(opts['lighthouse-runs'] ?? 3);
const root = process.cwd();
const work = path.join(root, '.bench');
fs.mkdirSync(work, { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const children = [];
const cleanup = () => {
  for (const c of children) {
    try {
      process.kill(c.pid, 'SIGTERM');
    } catch {}
  }
};
process.on('exit', cleanup);
process.on('SIGINT', () => process.exit(130));

function rssMb(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}
/** The Next server process: `next start` runs the server in a child process on some versions. */
function serverPid(pid) {
  try {
    const kids = execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean);
    return kids.length ? Number(kids.at(-1)) : pid;
  } catch {
    return pid;
  }
}

// ---------------------------------------------------------------- setup
ensureTool('wrk', 'wrk', env);
ensureTool('nginx', 'nginx-light', env);

if (!opts['no-build']) {
  console.log('Baue die Website …');
  const t = Date.now();
  if (spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit', env }).status !== 0) process.exit(1);
  opts.buildSeconds = ((Date.now() - t) / 1000).toFixed(0);
}

const NEXT = Number(opts.port ?? process.env.BENCH_PORT ?? 4100);
const NGINX_STATIC = NEXT + 1;
const NODE_STATIC = NEXT + 2;
const NGINX_PROXY = NEXT + 3;
const next = spawn(
  process.execPath,
  ['node_modules/next/dist/bin/next', 'start', '-p', String(NEXT), '-H', '127.0.0.1'],
  { env, stdio: 'ignore' },
);
children.push(next);
await waitFor(`http://127.0.0.1:${NEXT}/`);
await sleep(1000);
const nextPid = serverPid(next.pid);
const memory = { idle: rssMb(nextPid) };

const pages = { start: '/', measure: '/massnahmen/betriebliche-sozialberatung' };
const staticDir = path.join(work, 'static');
fs.rmSync(staticDir, { recursive: true, force: true });
const bytes = {};
for (const [name, p] of Object.entries(pages)) {
  const html = Buffer.from(await (await fetch(`http://127.0.0.1:${NEXT}${p}`)).arrayBuffer());
  bytes[name] = html;
  const file = path.join(staticDir, `${name}.html`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, html);
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(html, { level: 9 }));
}

// Bare Node http server with the same bytes, in its own process (wrk blocks this one).
const bareScript = path.join(work, 'bare-server.cjs');
fs.writeFileSync(
  bareScript,
  `const http = require('http'); const fs = require('fs'); const zlib = require('zlib');
const dir = ${JSON.stringify(staticDir)};
const files = {}; for (const n of ['start', 'measure']) { const b = fs.readFileSync(dir + '/' + n + '.html'); files['/' + n + '.html'] = [b, zlib.gzipSync(b, { level: 9 })]; }
http.createServer((req, res) => { const f = files[req.url] || files['/measure.html']; const gz = /gzip/.test(req.headers['accept-encoding'] || '');
  res.writeHead(200, Object.assign({ 'content-type': 'text/html; charset=utf-8' }, gz ? { 'content-encoding': 'gzip' } : {})); res.end(gz ? f[1] : f[0]); })
  .listen(${NODE_STATIC}, '127.0.0.1');`,
);
children.push(spawn(process.execPath, [bareScript], { stdio: 'inherit' }));

function startNginx(name, conf) {
  const dir = path.join(work, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'cache'), { recursive: true });
  const file = path.join(dir, 'nginx.conf');
  fs.writeFileSync(file, conf.replaceAll('{{DIR}}', dir));
  const p = spawn('nginx', ['-c', file, '-p', dir, '-g', 'daemon off;'], { stdio: 'inherit' });
  children.push(p);
  return p;
}
startNginx(
  'nginx-static',
  `worker_processes auto; pid {{DIR}}/nginx.pid; error_log {{DIR}}/error.log warn; events { worker_connections 4096; }
http { access_log off; sendfile on; tcp_nopush on; keepalive_requests 100000; gzip_static on; types { text/html html; } default_type text/html;
  server { listen 127.0.0.1:${NGINX_STATIC}; root ${staticDir}; } }`,
);
const deployConf = fs
  .readFileSync(path.join(root, 'deploy', 'nginx.conf'), 'utf8')
  .replace('{{PID_FILE}}', '{{DIR}}/nginx.pid')
  .replace('{{ERROR_LOG}}', '{{DIR}}/error.log')
  .replace('{{CACHE_DIR}}', '{{DIR}}/cache')
  .replace('{{NEXT_PORT}}', String(NEXT))
  .replace('{{PORT}}', String(NGINX_PROXY));
startNginx('nginx-deploy', deployConf);
await waitFor(`http://127.0.0.1:${NGINX_STATIC}/start.html`);
await waitFor(`http://127.0.0.1:${NODE_STATIC}/start.html`);
await waitFor(`http://127.0.0.1:${NGINX_PROXY}/`);

const variedList = variedScript(work, 'varied-list', '/massnahmen', 3000);
const variedApi = variedScript(work, 'varied-api', '/api/massnahmen', 3000);

// ---------------------------------------------------------------- runs
const rows = [];
function run(label, target, url, o = {}) {
  const r = wrkRun(url, { duration, ...o });
  rows.push({ label, target, connections: o.connections ?? 10, gzip: !!o.gzip, ...r });
  console.log(
    `${label.padEnd(34)} ${target.padEnd(22)} c=${String(o.connections ?? 10).padEnd(3)} gzip=${o.gzip ? 'ja ' : 'nein'} ${r.rps.toFixed(0).padStart(7)} req/s  p50 ${r.p50.toFixed(2)} ms  p99 ${r.p99.toFixed(2)} ms  Fehler ${r.errors}${r.socket ? ` (${r.socket})` : ''}`,
  );
  return r;
}
const nextUrl = (p) => `http://127.0.0.1:${NEXT}${p}`;
const endpoints = [
  ['Startseite', '/'],
  ['Maßnahmenseite', pages.measure],
  ['Liste mit zwei Filtern', '/massnahmen?dimension=geschlecht&richtung=aussen'],
  ['Suche', '/massnahmen?q=Beratung'],
  ['JSON-API mit Suche', '/api/massnahmen?q=Beratung'],
];
let loadRss = 0;
for (const [label, p] of endpoints) {
  for (const connections of [10, 50]) {
    for (const gzip of [false, true]) {
      run(label, 'Next allein', nextUrl(p), { connections, gzip });
      loadRss = Math.max(loadRss, rssMb(nextPid));
    }
  }
}
for (const [label, script, base] of [
  ['Liste, 3.000 verschiedene Anfragen', variedList, '/massnahmen'],
  ['JSON-API, 3.000 verschiedene Anfragen', variedApi, '/api/massnahmen'],
]) {
  for (const connections of [10, 50]) {
    run(label, 'Next allein', nextUrl(base), { connections, script });
    loadRss = Math.max(loadRss, rssMb(nextPid));
  }
}
memory.load = loadRss;
for (const [name, file] of [
  ['Startseite', 'start.html'],
  ['Maßnahmenseite', 'measure.html'],
]) {
  for (const connections of [10, 50]) {
    for (const gzip of [false, true]) {
      run(name, 'nginx statisch', `http://127.0.0.1:${NGINX_STATIC}/${file}`, { connections, gzip });
      run(name, 'Node http statisch', `http://127.0.0.1:${NODE_STATIC}/${file}`, { connections, gzip });
    }
  }
}
for (const [label, p] of endpoints.slice(0, 2)) {
  await fetch(`http://127.0.0.1:${NGINX_PROXY}${p}`); // fill the cache
  for (const connections of [10, 50]) {
    for (const gzip of [false, true])
      run(label, 'wie ausgeliefert (nginx)', `http://127.0.0.1:${NGINX_PROXY}${p}`, { connections, gzip });
  }
}
for (const connections of [10, 50])
  run(
    'Liste, 3.000 verschiedene Anfragen',
    'wie ausgeliefert (nginx)',
    `http://127.0.0.1:${NGINX_PROXY}/massnahmen`,
    { connections, script: variedList },
  );
await sleep(3000);
memory.after = rssMb(nextPid);
const cacheStatus = (await fetch(`http://127.0.0.1:${NGINX_PROXY}${pages.measure}`)).headers.get('x-cache');

// Page weight (compressed) per page type.
const weightPaths = [
  '/',
  '/massnahmen',
  pages.measure,
  '/dimensionen/geschlecht',
  '/kontakte',
  '/vorschlagen',
  '/katalog',
];
const weights = [];
for (const p of weightPaths) weights.push(await pageWeight(nextUrl('/'), p));

// Lighthouse while Next is still up, after the load runs (it would distort them).
const lighthousePaths = ['/', '/massnahmen', pages.measure, '/kontakte'];
let lighthouse = lighthouseSection(null, { skipped: true });
if (!opts['no-lighthouse']) {
  console.log('\nLighthouse (mobil) …');
  try {
    const result = await benchLighthouse(nextUrl('/'), lighthousePaths, {
      runs: lighthouseRuns,
      cacheDir: work,
    });
    lighthouse = lighthouseSection(result, { runs: lighthouseRuns });
  } catch (e) {
    console.error(e);
    lighthouse = lighthouseSection(null, { error: e?.stack ?? e });
  }
}

cleanup();

// ---------------------------------------------------------------- scale
console.log('\nSkalierung (84 / 1.000 / 10.000 Maßnahmen) …');
const scale = spawnSync(
  process.execPath,
  ['--expose-gc', '--import', 'tsx', 'bench/scale.ts', sizes.join(',')],
  { encoding: 'utf8', env },
);
const scaleTable =
  scale.status === 0
    ? scale.stdout.trim()
    : `Skalierungsmessung fehlgeschlagen:\n\n    ${scale.stderr.trim().split('\n').slice(-3).join('\n    ')}`;
console.log(scaleTable);

// Build time per catalogue size, each in its own copy of the project (after the HTTP part).
const buildRows = [];
if (!opts['no-build-scale']) {
  for (const count of [null, ...sizes]) {
    console.log(`\nBaue mit ${count ?? 'dem echten'} Katalog …`);
    buildRows.push(await benchBuild(root, count, { timeoutMinutes: Number(opts['build-timeout'] ?? 20) }));
    console.log(buildTable(buildRows.slice(-1)));
  }
}
const buildScale = buildRows.length ? buildTable(buildRows) : 'übersprungen (--no-build-scale)';

// ---------------------------------------------------------------- report
const find = (label, target, c, gzip) =>
  rows.find((r) => r.label === label && r.target === target && r.connections === c && r.gzip === gzip);
const f0 = (n) => (Number.isFinite(n) ? n.toFixed(0) : '–');
const f2 = (n) => (Number.isFinite(n) ? n.toFixed(2) : '–');
const table = [
  '| Messung | Ziel | Verbindungen | gzip | req/s | p50 (ms) | p99 (ms) | Nicht-2xx |',
  '|---|---|---:|---|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.label} | ${r.target} | ${r.connections} | ${r.gzip ? 'ja' : 'nein'} | ${f0(r.rps)} | ${f2(r.p50)} | ${f2(r.p99)} | ${r.errors} |`,
  ),
].join('\n');
const ratios = [];
for (const [label] of [['Startseite'], ['Maßnahmenseite']]) {
  for (const gzip of [false, true]) {
    const ngx = find(label, 'nginx statisch', 10, gzip)?.rps ?? Number.NaN;
    const node = find(label, 'Node http statisch', 10, gzip)?.rps ?? Number.NaN;
    const nx = find(label, 'Next allein', 10, gzip)?.rps ?? Number.NaN;
    const dep = find(label, 'wie ausgeliefert (nginx)', 10, gzip)?.rps ?? Number.NaN;
    ratios.push(
      `| ${label} | ${gzip ? 'ja' : 'nein'} | ${f0(ngx)} | ${f0(node)} (${(node / ngx).toFixed(2)}) | ${f0(nx)} (${(nx / ngx).toFixed(3)}) | ${f0(dep)} (${(dep / ngx).toFixed(2)}) |`,
    );
  }
}
// The issue's targets for what the HTTP runs and the page weight measure (scale and Lighthouse
// have their own sections). "ja"/"nein" is computed, never written by hand.
const yesNo = (ok) => (ok ? 'ja' : '**nein**');
const socketNote = (r) => (r?.socket ? ` (wrk: ${r.socket})` : '');
const targetRows = (() => {
  const measure = find('Maßnahmenseite', 'Next allein', 10, false);
  const measureGz = find('Maßnahmenseite', 'Next allein', 10, true);
  const list10 = find('Liste, 3.000 verschiedene Anfragen', 'Next allein', 10, false);
  const list50 = find('Liste, 3.000 verschiedene Anfragen', 'Next allein', 50, false);
  const api = find('JSON-API, 3.000 verschiedene Anfragen', 'Next allein', 10, false);
  const share = (label) => {
    const dep = find(label, 'wie ausgeliefert (nginx)', 10, true)?.rps ?? Number.NaN;
    const ngx = find(label, 'nginx statisch', 10, true)?.rps ?? Number.NaN;
    return dep / ngx;
  };
  const css = Math.max(...weights.map((w) => w.css));
  return [
    [
      'Next allein, Maßnahmenseite, 10 Verbindungen: ≥ 1.300 req/s, p99 < 20 ms',
      `${f0(measure?.rps)} req/s, p99 ${f2(measure?.p99)} ms (mit gzip in Next: ${f0(measureGz?.rps)} req/s, p99 ${f2(measureGz?.p99)} ms)`,
      (measure?.rps ?? 0) >= 1300 && (measure?.p99 ?? 99) < 20,
    ],
    [
      'wie ausgeliefert, vorgerenderte Seiten mit gzip: ≥ 50 % von nginx statisch',
      `Startseite ${(share('Startseite') * 100).toFixed(0)} %, Maßnahmenseite ${(share('Maßnahmenseite') * 100).toFixed(0)} %`,
      share('Startseite') >= 0.5 && share('Maßnahmenseite') >= 0.5,
    ],
    [
      'Liste über 3.000 Anfragen, 10 Verbindungen: ≥ 250 req/s, p99 < 100 ms',
      `${f0(list10?.rps)} req/s, p99 ${f2(list10?.p99)} ms`,
      (list10?.rps ?? 0) >= 250 && (list10?.p99 ?? 999) < 100,
    ],
    [
      'Liste über 3.000 Anfragen, 50 Verbindungen: keine Fehler',
      `${list50?.errors ?? '–'} Nicht-2xx${socketNote(list50)}`,
      list50 !== undefined && list50.errors === 0 && !list50.socket,
    ],
    [
      'JSON-API-Suche über 3.000 Anfragen: ≥ 800 req/s',
      `${f0(api?.rps)} req/s, p99 ${f2(api?.p99)} ms`,
      (api?.rps ?? 0) >= 800,
    ],
    ['CSS ≤ 15 kB komprimiert', `${(css / 1024).toFixed(1)} kB`, css <= 15 * 1024],
  ];
})();
const targets = [
  '| Ziel | gemessen | erreicht |',
  '|---|---|---|',
  ...targetRows.map(([goal, got, ok]) => `| ${goal} | ${got} | ${yesNo(ok)} |`),
].join('\n');

const cpu = fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? 'unbekannt';
const report = `# Performance

Generated by \`npm run bench\` (bench/bench.mjs) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Do not edit by hand; rerun the benchmark.

## Machine and method
- ${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, Node ${process.version}, ${execFileSync('nginx', ['-v'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) || 'nginx'}${spawnSync('nginx', ['-v'], { encoding: 'utf8' }).stderr.trim()}, wrk (Debian).
- Production build (\`npm run build\`${opts.buildSeconds ? `, ${opts.buildSeconds} s` : ''}), \`next start\` on loopback; wrk with 2 threads, ${duration} s per run, on the same 2 cores as the servers (the load generator competes with the server: absolute figures are a lower bound).
- "nginx statisch" and "Node http statisch" serve the **same HTML bytes** as Next (fetched from it), gzip precompressed (nginx \`gzip_static\`, Node from memory): the physical limit for these pages here.
- "wie ausgeliefert" is nginx with \`deploy/nginx.conf\` in front of Next: prerendered pages cached as gzip bytes (X-Cache of the measure page after the runs: ${cacheStatus ?? 'none'}), per-request pages passed through.
- "3.000 verschiedene Anfragen": a wrk Lua script picks one of 3,000 different filter+search query strings per request, so no cache can help.

## Targets (issue 8) at a glance
${targets}

Filter + search per request and the growth curve: see "Scale"; Lighthouse: see its section.

## Results
${table}

## Ratios at 10 connections (requests/s; in brackets: share of nginx static)
| Seite | gzip | nginx statisch | Node http statisch | Next allein | wie ausgeliefert |
|---|---|---:|---:|---:|---:|
${ratios.join('\n')}

## Memory of the Next process (RSS)
idle ${memory.idle.toFixed(0)} MB · under load (max) ${memory.load.toFixed(0)} MB · after ${memory.after.toFixed(0)} MB

## Page weight (gzip -9, bytes)
| Seite | HTML | CSS | JavaScript |
|---|---:|---:|---:|
${weights.map((w) => `| ${w.path} | ${w.html} | ${w.css} | ${w.js} |`).join('\n')}

${lighthouse}
## Scale (server-side work without HTTP; synthetic catalogues from bench/generate-catalog.ts)
${scaleTable}

Build-Zeit (\`npm run build\`: \`next build\` samt Nachschritt aus package.json) in einer Kopie des Projekts unter .bench/build-<n>/ je Katalog; Spitzen-RSS laut \`/usr/bin/time -v\` (größter Einzelprozess), Abbruch nach ${Number(opts['build-timeout'] ?? 20)} min:

${buildScale}
`;
const reportFile = path.join(root, 'docs', 'performance.md');
const previous = fs.existsSync(reportFile) ? fs.readFileSync(reportFile, 'utf8') : '';
const kept = comparisonBlock(previous);
fs.writeFileSync(reportFile, kept ? withComparison(report, kept) : report);
console.log('\nBericht geschrieben: docs/performance.md');
process.exit(0);
