/**
 * `npm run test:release`: proves that releases never take the site down (docs/deployment.md).
 * Works on a temporary copy of the project (node_modules hard-linked), never on the checkout:
 *
 * 1. `npm start` in the copy (builds the first release) on RELEASE_TEST_PORT (3161);
 * 2. a request loop (start page with its stylesheets, list, a measure, health check) runs
 *    through all phases and counts every answer;
 * 3. a broken measure file + `npm run release` → must fail with German errors; the loop sees
 *    only 200s from the old release and no file of the served release changes;
 * 4. the file fixed + `npm run release` → the new measure is served, the loop saw no failure;
 * 5. `npm run release -- --zurueck` → the measure is gone again, no failure.
 * Prints the request counts per phase; exit code 1 on any failed check.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { copyWorkingTree, getHealth, measureSlugs } from './release-lib.mjs';

const port = Number(process.env.RELEASE_TEST_PORT ?? 3161);
const backendPorts = process.env.RELEASE_PORTS ?? `${port + 1}-${port + 8}`;
const base = `http://127.0.0.1:${port}`;
const dir = fs.mkdtempSync(path.join(process.env.RELEASE_TEST_DIR ?? os.tmpdir(), 'vielfalt-release-test-'));
// The copy keeps its releases in its own .releases/ (RELEASE_DIR of the caller does not apply).
const { RELEASE_DIR: _ignored, ...inherited } = process.env;
const env = { ...inherited, PORT: String(port), RELEASE_PORTS: backendPorts };
const checks = [];
const check = (ok, text) => {
  checks.push({ ok: Boolean(ok), text });
  console.log(`${ok ? '✔' : '✘'} ${text}`);
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function run(cmd, args, logName) {
  const file = path.join(dir, logName);
  const out = fs.openSync(file, 'w');
  // Own process group: stopping it at the end also stops builds and servers it started.
  const child = spawn(cmd, args, { cwd: dir, env, stdio: ['ignore', out, out], detached: true });
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, log: () => fs.readFileSync(file, 'utf8') };
}

const git = (...args) =>
  spawnSync('git', ['-c', 'user.name=Release-Test', '-c', 'user.email=test@example.invalid', ...args], {
    cwd: dir,
    encoding: 'utf8',
  });

/** Name, size and mtime of every file of a release except its node_modules (hard links). */
function snapshot(release) {
  const lines = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.name === 'node_modules') continue;
      if (e.isDirectory()) walk(p);
      else {
        const s = fs.statSync(p);
        lines.push(`${path.relative(release, p)} ${s.size} ${s.mtimeMs}`);
      }
    }
  };
  walk(release);
  return lines.sort().join('\n');
}

// ---------- the request loop ----------
const phases = [];
let phase = { name: 'Start', requests: 0, failures: [], builds: new Set() };
function startPhase(name) {
  phase = { name, requests: 0, failures: [], builds: new Set() };
  phases.push(phase);
}
let looping = true;
async function request(url) {
  const p = phase;
  p.requests++;
  try {
    const res = await fetch(base + url, { signal: AbortSignal.timeout(30_000) });
    const text = await res.text();
    if (res.status !== 200) p.failures.push(`${url}: ${res.status}`);
    if (url === '/api/gesundheit') p.builds.add(JSON.parse(text).build);
    return text;
  } catch (e) {
    p.failures.push(`${url}: ${e.cause?.code ?? e.message}`);
    return '';
  }
}
async function loop(urls) {
  while (looping) {
    for (const url of urls) {
      const html = await request(url);
      // Like a browser: the stylesheets of the page just received.
      if (url === '/') {
        for (const m of html.matchAll(/<link[^>]*href="(\/_next\/static\/[^"]+\.css)"/g)) await request(m[1]);
      }
    }
  }
}

let front;
try {
  console.log(`Testkopie: ${dir}`);
  copyWorkingTree(process.cwd(), dir);
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'Ausgangsstand');

  // ---------- 1. start ----------
  front = run(process.execPath, ['scripts/start.mjs'], 'start.log');
  // The first start builds a release: minutes on an idle 2-core machine, far more under load.
  const until = Date.now() + Number(process.env.RELEASE_TEST_START_MINUTES ?? 40) * 60_000;
  let first = null;
  while (!first && Date.now() < until && front.child.exitCode === null) {
    first = await getHealth(port)
      .then((h) => (h.status === 200 ? h.body : null))
      .catch(() => null);
    if (!first) await sleep(1000);
  }
  check(first, `npm start liefert die erste Version aus (${first?.build ?? 'nicht gestartet'})`);
  if (!first) throw new Error(front.log().slice(-3000));
  const oldId = first.build;

  const slugs = measureSlugs(dir);
  const loops = [
    loop(['/', '/massnahmen', `/massnahmen/${slugs[0]}`, '/api/gesundheit']),
    loop(['/api/gesundheit', `/massnahmen/${slugs.at(-1)}`, '/']),
  ];

  // ---------- 2. broken content + release ----------
  const probeSlug = 'release-probe';
  const probeTitle = `Release-Probe ${Date.now()}`;
  const source = fs.readFileSync(path.join(dir, 'content', 'massnahmen', `${slugs[0]}.md`), 'utf8');
  const probe = source.replace(/^kurztitel: .*\n/m, '').replace(/^titel: .*$/m, `titel: ${probeTitle}`);
  const probeFile = path.join(dir, 'content', 'massnahmen', `${probeSlug}.md`);
  fs.writeFileSync(
    probeFile,
    probe.replace(/^titel: .*$/m, (t) => `${t}\nunbekanntes_feld: 1`),
  );
  const servedDir = path.join(dir, '.releases', oldId);
  const before = snapshot(servedDir);
  startPhase('fehlgeschlagene Veröffentlichung');
  const bad = run(process.execPath, ['scripts/release.mjs'], 'release-kaputt.log');
  const badCode = await bad.exited;
  await sleep(2000);
  const badLog = bad.log();
  check(badCode !== 0, `kaputte Datei: npm run release endet mit Fehler (Exit ${badCode})`);
  check(
    badLog.includes(`${probeSlug}.md`) && badLog.includes('Veröffentlichung abgebrochen'),
    'kaputte Datei: deutsche Meldung nennt die Datei und den Abbruch',
  );
  check(snapshot(servedDir) === before, 'keine Datei der laufenden Version hat sich geändert');
  check(
    phase.builds.size === 1 && phase.builds.has(oldId),
    `während des Fehlversuchs nur die alte Version ausgeliefert (${[...phase.builds].join(', ')})`,
  );
  check(
    fs.readdirSync(path.join(dir, '.releases')).every((n) => !n.endsWith('.neu')),
    'der abgebrochene Build ist weggeräumt',
  );

  // ---------- 3. fixed + release ----------
  fs.writeFileSync(probeFile, probe);
  git('add', '-A');
  git('commit', '-qm', 'Neue Maßnahme');
  const head = git('rev-parse', 'HEAD').stdout.trim();
  startPhase('erfolgreiche Veröffentlichung');
  const good = run(process.execPath, ['scripts/release.mjs'], 'release-gut.log');
  const goodCode = await good.exited;
  await sleep(2000);
  check(goodCode === 0, `korrigiert: npm run release gelingt (Exit ${goodCode})`);
  if (goodCode !== 0) console.log(good.log().slice(-3000));
  const afterGood = await getHealth(port, 60_000);
  const newId = afterGood.body?.build;
  check(newId && newId !== oldId, `neue Version ausgeliefert (${newId})`);
  check(
    afterGood.body?.release?.inhaltCommit === head && afterGood.body?.release?.gebaut,
    `/api/gesundheit nennt Inhalts-Commit ${afterGood.body?.release?.inhaltCommit?.slice(0, 7)} und Build-Zeit ${afterGood.body?.release?.gebaut}`,
  );
  const page = await fetch(`${base}/massnahmen/${probeSlug}`);
  const pageText = await page.text();
  check(
    page.status === 200 && pageText.includes(probeTitle),
    `/massnahmen/${probeSlug}: ${page.status}, neue Maßnahme da`,
  );

  // ---------- 4. rollback ----------
  startPhase('Zurückwechseln');
  const back = run(process.execPath, ['scripts/release.mjs', '--zurueck'], 'release-zurueck.log');
  const backCode = await back.exited;
  await sleep(2000);
  check(backCode === 0, `npm run release -- --zurueck gelingt (Exit ${backCode})`);
  const afterBack = await getHealth(port, 60_000);
  check(afterBack.body?.build === oldId, `wieder die alte Version ausgeliefert (${afterBack.body?.build})`);
  const gone = await fetch(`${base}/massnahmen/${probeSlug}`);
  await gone.text();
  check(gone.status === 404, `/massnahmen/${probeSlug}: ${gone.status}, die Maßnahme ist wieder weg`);

  looping = false;
  await Promise.all(loops);
} catch (e) {
  check(false, `Test abgebrochen: ${e.stack ?? e}`);
} finally {
  looping = false;
  if (phases.length) {
    console.log('\n| Phase | Anfragen | fehlgeschlagen | ausgelieferte Versionen |\n|---|---:|---:|---|');
    for (const p of phases) {
      console.log(`| ${p.name} | ${p.requests} | ${p.failures.length} | ${[...p.builds].join(', ')} |`);
      for (const f of p.failures.slice(0, 10)) console.log(`    ${f}`);
    }
    for (const p of phases) {
      check(
        p.requests > 0 && p.failures.length === 0,
        `${p.name}: ${p.requests} Anfragen, keine fehlgeschlagen`,
      );
    }
  }
  if (front && front.child.exitCode === null) {
    front.child.kill('SIGTERM');
    await Promise.race([front.exited, sleep(15_000)]);
  }
  for (const signal of ['SIGTERM', 'SIGKILL']) {
    try {
      if (front) process.kill(-front.child.pid, signal);
    } catch {}
    await sleep(1000);
  }
  if (checks.some((c) => !c.ok) || process.env.KEEP) console.log(`Protokolle in ${dir}`);
  else fs.rmSync(dir, { recursive: true, force: true });
}
const failed = checks.filter((c) => !c.ok).length;
console.log(`\n${checks.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
