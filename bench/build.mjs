/**
 * Build-time benchmark (part of `npm run bench`): builds the site with the real catalogue
 * and with synthetic catalogues of N measures (bench/generate-catalog.ts) and reports the
 * wall time of `npm run build` (next build + its post-step), the peak RSS of the largest build
 * process and the number of prerendered pages.
 *
 * The app reads `./content` with a fixed path, so every size is built in its own copy of
 * the project under .bench/build-<n>/ (sources copied, node_modules symlinked, content/
 * massnahmen replaced). The copy is removed afterwards unless `keep` is set.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Top-level entries that a build does not need (or that belong to the original checkout). */
const SKIP = new Set([
  'node_modules',
  '.next',
  '.bench',
  '.git',
  'test-results',
  'playwright-report',
  'coverage',
  'out',
  'tsconfig.tsbuildinfo',
]);

/** Copies the project from `root` to `dir` without build output, and links node_modules. */
export function copyProject(root, dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const entry of fs.readdirSync(root)) {
    if (SKIP.has(entry)) continue;
    fs.cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
}

/** Replaces the copy's measures with `count` generated ones (generateCatalog via tsx). */
function generateMeasures(root, dir, count) {
  const catalog = path.join(dir, '.katalog');
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'bench', 'generate-catalog.ts'), String(count), catalog],
    { cwd: root, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`Katalog konnte nicht erzeugt werden: ${r.stderr.trim()}`);
  const target = path.join(dir, 'content', 'massnahmen');
  fs.rmSync(target, { recursive: true, force: true });
  fs.renameSync(path.join(catalog, 'massnahmen'), target);
  fs.rmSync(catalog, { recursive: true, force: true });
}

const countMeasures = (dir) =>
  fs
    .readdirSync(path.join(dir, 'content', 'massnahmen'))
    .filter((n) => n.endsWith('.md') && !n.startsWith('_')).length;

/** Process groups of running builds, killed if the benchmark exits early (e.g. Ctrl-C). */
const running = new Set();
process.on('exit', () => {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {}
  }
});

/**
 * Runs `npm run build` in `dir` in its own process group, so that on timeout the whole
 * tree (npm, next, its workers) can be killed. Wrapped in GNU time when it is installed,
 * whose "Maximum resident set size" is the peak RSS of the largest single process.
 */
function runBuild(dir, timeoutMs) {
  const log = fs.openSync(path.join(dir, 'build.log'), 'w');
  const timeBin = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const cmd = timeBin
    ? [timeBin, '-v', 'npm', 'run', '--silent', 'build']
    : ['npm', 'run', '--silent', 'build'];
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd[0], cmd.slice(1), { cwd: dir, env, detached: true, stdio: ['ignore', log, log] });
    running.add(child.pid);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }, timeoutMs);
    child.on('exit', (code) => {
      running.delete(child.pid);
      clearTimeout(timer);
      fs.closeSync(log);
      resolve({ code, timedOut, seconds: (Date.now() - started) / 1000 });
    });
  });
}

function peakRssMb(dir) {
  const log = fs.readFileSync(path.join(dir, 'build.log'), 'utf8');
  const kb = log.match(/Maximum resident set size \(kbytes\): (\d+)/)?.[1];
  return kb ? Number(kb) / 1024 : Number.NaN;
}

/** Prerendered routes as listed by Next.js (pages, API responses, feeds, …). */
function prerenderedRoutes(dir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, '.next', 'prerender-manifest.json'), 'utf8'));
  return Object.keys(manifest.routes ?? {}).length;
}

/** The prerendered HTML pages among them (files in .next/server/app). */
function htmlPages(dir) {
  const count = (d) =>
    fs
      .readdirSync(d, { withFileTypes: true })
      .reduce(
        (n, e) => n + (e.isDirectory() ? count(path.join(d, e.name)) : e.name.endsWith('.html') ? 1 : 0),
        0,
      );
  return count(path.join(dir, '.next', 'server', 'app'));
}

/** Where a build stood when it was stopped, and the first page that failed to render. */
function progress(dir) {
  const log = fs.readFileSync(path.join(dir, 'build.log'), 'utf8');
  const all = [...log.matchAll(/Generating static pages[^\n]*\((\d+\/\d+)\)/g)];
  const failed = log.match(/^Failed to build .*$/m)?.[0];
  const where = all.length ? `zuletzt statische Seiten ${all.at(-1)[1]}` : lastLines(dir, 1);
  return failed ? `${where}; ${failed}` : where;
}

function lastLines(dir, n = 3) {
  try {
    return fs
      .readFileSync(path.join(dir, 'build.log'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !/^\s+(\w[\w ()/:-]*): /.test(l)) // drop GNU time's statistics
      .slice(-n)
      .join(' / ');
  } catch {
    return '';
  }
}

/**
 * Builds one size. `count` null means the real catalogue. Returns a row
 * {measures, seconds, rssMb, routes, html, error}.
 */
export async function benchBuild(root, count, { timeoutMinutes = 20, keep = false } = {}) {
  const dir = path.join(root, '.bench', `build-${count ?? 'real'}`);
  let row = {
    measures: count,
    seconds: Number.NaN,
    rssMb: Number.NaN,
    routes: Number.NaN,
    html: Number.NaN,
    error: '',
  };
  try {
    copyProject(root, dir);
    if (count !== null) generateMeasures(root, dir, count);
    row.measures = countMeasures(dir);
    const r = await runBuild(dir, timeoutMinutes * 60_000);
    row.seconds = r.seconds;
    row.rssMb = peakRssMb(dir);
    row.timedOut = r.timedOut;
    if (r.timedOut) row.error = `abgebrochen nach ${timeoutMinutes} min; ${progress(dir)}`;
    else if (r.code !== 0) row.error = `Build fehlgeschlagen (Exit ${r.code}): ${lastLines(dir)}`;
    else Object.assign(row, { routes: prerenderedRoutes(dir), html: htmlPages(dir) });
  } catch (e) {
    row = { ...row, error: String(e?.message ?? e) };
  }
  if (!keep) fs.rmSync(dir, { recursive: true, force: true });
  return row;
}

export function buildTable(rows) {
  const f = (n, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : '–');
  return [
    '| Maßnahmen | `npm run build` (s) | Spitzen-RSS größter Prozess (MB) | vorgerenderte Routen | davon HTML-Seiten | Hinweis |',
    '|---:|---:|---:|---:|---:|---|',
    ...rows.map(
      (r) =>
        `| ${r.measures ?? '–'} | ${r.timedOut ? '> ' : ''}${f(r.seconds)} | ${f(r.rssMb)} | ${f(r.routes)} | ${f(r.html)} | ${r.error.replaceAll('|', '\\|') || '–'} |`,
    ),
  ].join('\n');
}

/** `node bench/build.mjs 1000,10000 [--keep]`: runs the build benchmark alone. */
if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const sizes = (process.argv[2] ?? '1000,10000').split(',').filter(Boolean).map(Number);
  const keep = process.argv.includes('--keep');
  const rows = [];
  for (const count of [null, ...sizes]) {
    console.log(`Baue mit ${count ?? 'echtem'} Katalog …`);
    rows.push(await benchBuild(process.cwd(), count, { keep }));
    console.log(buildTable(rows.slice(-1)));
  }
  console.log(buildTable(rows));
}
