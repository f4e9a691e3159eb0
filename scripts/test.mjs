/**
 * `npm test`: every check of the project in one command.
 * typecheck → lint + format check → content validation → unit tests (Vitest) →
 * editor probe (scripts/editor-check.ts) →
 * production build → end-to-end tests (Playwright, Debian Chromium, with and
 * without JavaScript) against `next start` on a free local port.
 * The build runs in its own copy of the working tree (.test-build/, scripts/release-lib.mjs),
 * so it never replaces what `npm start` or another build serves.
 * Ends with one line "N passed, M failed": unit and e2e tests added up; skipped
 * tests count as failures, and so does each failed step.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';
import { copyWorkingTree, freePort, sourceInfo, writeReleaseInfo } from './release-lib.mjs';

const bin = (name) => `node_modules/.bin/${name}`;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.env.CI ? '0' : '1' };
const results = { passed: 0, failed: 0, skipped: [], failedSteps: [] };

function step(name, cmd, args, extraEnv = {}, cwd = undefined) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}${cwd ? ` (in ${cwd})` : ''}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv }, cwd });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  const ok = r.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${name} (${secs} s)`);
  if (!ok) results.failedSteps.push(name);
  return ok;
}

/**
 * npm audit --omit=dev --audit-level=high. Fails on a reported vulnerability. Where the
 * registry's audit endpoint cannot be reached (some mirrors and offline machines answer
 * 405 or time out), it says so and does not count as a failure: the GitHub workflow and any
 * machine with the public registry run the real check.
 */
function auditDependencies() {
  const name = 'Sicherheitslücken in Abhängigkeiten (npm audit)';
  console.log(`\n▶ ${name}: npm audit --omit=dev --audit-level=high`);
  const r = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high'], {
    encoding: 'utf8',
    env,
    timeout: 60_000,
  });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  process.stdout.write(out);
  if (r.status === 0) return console.log(`✔ ${name}`);
  if (/audit endpoint returned an error|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|ECONNREFUSED/.test(out) || r.error) {
    return console.log(
      `⚠ ${name}: Der Prüfdienst der Registry ist von diesem Rechner aus nicht erreichbar – Prüfung hier nicht möglich.`,
    );
  }
  console.log(`✘ ${name}`);
  results.failedSteps.push(name);
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function countVitest(file) {
  const report = readJson(file);
  if (!report) return false;
  for (const suite of report.testResults ?? []) {
    for (const t of suite.assertionResults ?? []) {
      if (t.status === 'passed') results.passed++;
      else if (t.status === 'failed') results.failed++;
      else results.skipped.push(`Unit: ${t.fullName} (${t.status})`);
    }
  }
  return true;
}

function countPlaywright(file) {
  const report = readJson(file);
  if (!report) return false;
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        const name = `E2E [${t.projectName}]: ${[...titles, spec.title].filter(Boolean).join(' › ')}`;
        if (t.status === 'expected') results.passed++;
        else if (t.status === 'skipped') results.skipped.push(name);
        else results.failed++;
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  for (const s of report.suites ?? []) walk(s, []);
  return true;
}

fs.rmSync('test-results', { recursive: true, force: true });
fs.mkdirSync('test-results', { recursive: true });
const chromium = ensureChromium();

step('Typprüfung', bin('tsc'), ['--noEmit', '-p', '.']);
step('Lint und Formatierung', bin('biome'), ['ci', '.']);
step('Inhaltsprüfung', bin('tsx'), ['scripts/validate.ts']);
auditDependencies();
step('Unit-Tests', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/unit.json',
]);
if (!countVitest('test-results/unit.json')) results.failedSteps.push('Unit-Tests (kein Bericht)');
// Adds, changes and removes a measure on a copy and runs validation + unit tests there
// (scripts/editor-check.ts); skipped inside that copy's own run.
if (!process.env.REDAKTIONSPROBE) {
  step('Redaktionsprobe (Maßnahme hinzufügen, ändern, löschen)', bin('tsx'), ['scripts/editor-check.ts']);
}

const appDir = path.resolve('.test-build');
fs.rmSync(appDir, { recursive: true, force: true });
copyWorkingTree(process.cwd(), appDir);
const buildId = `test-${Date.now()}`;
// The copy has no .git: the change history (lib/history.ts) is read from this checkout.
const buildEnv = { NEXT_BUILD_ID: buildId, CONTENT_REPOSITORY: process.cwd() };
// A plain `next build`, as a hosting platform would run it: no post-build step. The security
// spec's sweep checks the Content-Security-Policy of every sitemap URL on exactly this build.
if (step('Produktions-Build', bin('next'), ['build'], buildEnv, appDir)) {
  writeReleaseInfo(appDir, { id: buildId, buildId, ...sourceInfo(), gebaut: new Date().toISOString() });
  const port = await freePort();
  step('End-to-End-Tests', bin('playwright'), ['test'], {
    E2E_PORT: String(port),
    CHROMIUM_PATH: chromium,
    E2E_APP_DIR: appDir,
  });
  if (!countPlaywright('test-results/e2e.json')) results.failedSteps.push('End-to-End-Tests (kein Bericht)');
} else {
  results.failedSteps.push('End-to-End-Tests (nicht gestartet, Build fehlgeschlagen)');
}

// Screenshots of every page type, on a build of the published edition (scripts/screenshots.mjs).
step('Bildvergleich (3. Auflage, 390 und 1280 px)', process.execPath, ['scripts/screenshots.mjs'], {
  CHROMIUM_PATH: chromium,
});
if (!countPlaywright('test-results/screenshots.json'))
  results.failedSteps.push('Bildvergleich (kein Bericht)');

if (results.skipped.length) {
  console.log('\nÜbersprungene Tests (zählen als Fehler):');
  for (const s of results.skipped) console.log(`  - ${s}`);
}
if (results.failedSteps.length) {
  console.log('\nFehlgeschlagene Schritte:');
  for (const s of [...new Set(results.failedSteps)]) console.log(`  - ${s}`);
}
const failed = results.failed + results.skipped.length + new Set(results.failedSteps).size;
console.log(`\n${results.passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
