/**
 * `npm run release`: builds the current working tree as a new release beside the one being
 * served, checks it and hands traffic over to it without a failed request.
 * `npm run release -- --zurueck`: serves the previous release again.
 *
 * 1. copy the working tree to .releases/<id>.neu/ (content and code frozen from here on);
 * 2. content check (scripts/validate.ts) and `npm run build` in that copy;
 * 3. smoke test: start the copy on a free local port, check /api/gesundheit, the start page
 *    and its stylesheets, the list, every measure page, feed, sitemap, 404; stop it;
 * 4. rename to .releases/<id>/, write .releases/stand.json {aktuell, vorherige};
 * 5. every running `npm start` of this checkout (.releases/weiche-<pid>.json) gets SIGHUP: it
 *    starts the new release, waits for its health check, switches, lets the old one finish
 *    its requests and stops it. The script waits until the front answers with the new build.
 * Any failure before step 4 deletes the copy and leaves the served release and stand.json as
 * they were; the exit code is 1 and the reason is printed in German. See docs/deployment.md.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  alive,
  buildIn,
  copyWorkingTree,
  freePort,
  isBuilt,
  newReleaseId,
  readState,
  releaseDir,
  releasesDir,
  root,
  smokeTest,
  sourceInfo,
  startServer,
  stopServer,
  waitHealthy,
  writeReleaseInfo,
  writeState,
} from './release-lib.mjs';

const lockFile = path.join(releasesDir, '.sperre');

class Abbruch extends Error {}

function lock() {
  fs.mkdirSync(releasesDir, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return;
    } catch {
      const pid = Number(fs.readFileSync(lockFile, 'utf8'));
      if (pid && alive(pid)) throw new Abbruch(`Eine andere Veröffentlichung läuft gerade (Prozess ${pid}).`);
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new Abbruch('Die Sperrdatei .releases/.sperre lässt sich nicht anlegen.');
}

/** Running `npm start` fronts of this checkout: [{pid, port}]. Stale files are removed. */
function fronts() {
  if (!fs.existsSync(releasesDir)) return [];
  return fs
    .readdirSync(releasesDir)
    .filter((n) => /^weiche-\d+\.json$/.test(n))
    .flatMap((n) => {
      const file = path.join(releasesDir, n);
      try {
        const f = JSON.parse(fs.readFileSync(file, 'utf8'));
        if (alive(f.pid)) return [f];
      } catch {}
      fs.rmSync(file, { force: true });
      return [];
    });
}

/** Tells every running front to serve stand.json's release and waits until it does. */
async function handOver(id) {
  const running = fronts();
  for (const f of running) process.kill(f.pid, 'SIGHUP');
  const failed = [];
  for (const f of running) {
    try {
      await waitHealthy(f.port, id, { timeoutMs: 180_000 });
      console.log(`✔ Port ${f.port} liefert jetzt Version ${id}.`);
    } catch (e) {
      failed.push(`Port ${f.port} (Prozess ${f.pid}): ${e.message}`);
    }
  }
  if (!running.length) {
    console.log(
      'Kein laufendes "npm start" gefunden: die neue Version wird beim nächsten Start ausgeliefert.',
    );
  }
  return failed;
}

/** Keeps the current and the previous release; removes older ones and leftovers of aborted runs. */
function prune(state) {
  const keep = new Set([state.aktuell, state.vorherige].filter(Boolean));
  for (const e of fs.readdirSync(releasesDir, { withFileTypes: true })) {
    if (e.isDirectory() && !keep.has(e.name))
      fs.rmSync(path.join(releasesDir, e.name), { recursive: true, force: true });
  }
}

/** Cleanup when the command is interrupted (Ctrl+C, SIGTERM): the half-built copy and the lock go. */
let interruptCleanup = () => {};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    interruptCleanup();
    fs.rmSync(lockFile, { force: true });
    console.error(
      `\n✘ Veröffentlichung abgebrochen (${signal}). Die laufende Version bleibt unverändert online.`,
    );
    process.exit(1);
  });
}

async function release() {
  const before = readState();
  const info = sourceInfo(root);
  const id = newReleaseId(info);
  const tmp = `${releaseDir(id)}.neu`;
  interruptCleanup = () => fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`▶ Neue Version ${id} wird neben der laufenden (${before.aktuell ?? 'keine'}) gebaut …`);
  try {
    copyWorkingTree(root, tmp);
    const check = spawnSync(path.join(tmp, 'node_modules', '.bin', 'tsx'), ['scripts/validate.ts'], {
      cwd: tmp,
      stdio: 'inherit',
    });
    if (check.status !== 0) throw new Abbruch('Die Inhaltsprüfung hat Fehler gefunden (Meldungen oben).');
    const built = await buildIn(tmp, id, (stop) => {
      interruptCleanup = () => {
        stop();
        fs.rmSync(tmp, { recursive: true, force: true });
      };
    });
    if (!built) throw new Abbruch('Der Build ist fehlgeschlagen (Meldungen oben).');
    fs.rmSync(path.join(tmp, '.next', 'cache'), { recursive: true, force: true });
    writeReleaseInfo(tmp, { id, buildId: id, ...info, gebaut: new Date().toISOString() });

    console.log('▶ Rauchtest der neuen Version auf einem eigenen Port …');
    const port = await freePort();
    const server = startServer(tmp, port, ['ignore', 'ignore', 'inherit']);
    interruptCleanup = () => {
      server.kill('SIGKILL');
      fs.rmSync(tmp, { recursive: true, force: true });
    };
    let problems;
    try {
      await waitHealthy(port, id, { child: server });
      problems = await smokeTest(port, tmp);
    } catch (e) {
      problems = [e.message];
    } finally {
      await stopServer(server);
    }
    if (problems.length) {
      throw new Abbruch(`Der Rauchtest ist fehlgeschlagen:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    }
    fs.renameSync(tmp, releaseDir(id));
    interruptCleanup = () => {};
  } catch (e) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  const state = { aktuell: id, vorherige: before.aktuell };
  writeState(state);
  const failed = await handOver(id);
  if (failed.length) {
    writeState(before);
    throw new Abbruch(
      `Die neue Version ${id} ist gebaut und geprüft, aber nicht jeder Server hat umgeschaltet:\n${failed.map((f) => `  - ${f}`).join('\n')}\nstand.json zeigt wieder auf ${before.aktuell}.`,
    );
  }
  prune(state);
  console.log(
    `✔ Version ${id} ist online.${before.aktuell ? ` Zurück zur vorherigen (${before.aktuell}): npm run release -- --zurueck` : ''}`,
  );
}

async function rollback() {
  const before = readState();
  if (!isBuilt(before.vorherige))
    throw new Abbruch('Es gibt keine vorherige Version, zu der zurückgewechselt werden kann.');
  console.log(`▶ Zurück von ${before.aktuell} zu ${before.vorherige} …`);
  writeState({ aktuell: before.vorherige, vorherige: before.aktuell });
  const failed = await handOver(before.vorherige);
  if (failed.length) {
    writeState(before);
    throw new Abbruch(`Zurückwechseln fehlgeschlagen:\n${failed.map((f) => `  - ${f}`).join('\n')}`);
  }
  console.log(
    `✔ Version ${before.vorherige} ist wieder online. Erneut "npm run release -- --zurueck" wechselt zu ${before.aktuell}.`,
  );
}

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--zurueck');
if (unknown.length) {
  console.error(
    `Unbekannte Angabe: ${unknown.join(' ')}. Möglich: npm run release oder npm run release -- --zurueck`,
  );
  process.exit(2);
}
try {
  lock();
  try {
    await (args.includes('--zurueck') ? rollback() : release());
  } finally {
    fs.rmSync(lockFile, { force: true });
  }
} catch (e) {
  const served = readState().aktuell;
  console.error(`\n✘ Veröffentlichung abgebrochen: ${e instanceof Abbruch ? e.message : (e.stack ?? e)}`);
  console.error(
    served
      ? `Die laufende Version ${served} bleibt unverändert online.`
      : 'Es ist noch keine Version online.',
  );
  process.exit(1);
}
