/**
 * Screenshot comparison (docs/screenshots.md): every page type at 390 and 1280 px against the
 * references in tests/e2e/screenshots/.
 *
 * The pages are built from the 3rd edition as published (tests/fixtures/auflage-3), not from
 * content/: an editor's pull request changes what pages show, never how they look, so it must
 * not touch a reference. Files the edition lacks (site files added since, e.g. the search terms)
 * come from content/. The change history is left out (no git in the copy), so a new commit does
 * not change a page either. Only a change of code or styles moves a reference.
 *
 *   node scripts/screenshots.mjs                       compare (part of npm test)
 *   npm run test:screenshots -- --update-snapshots     write new references after an intended change
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';
import { copyWorkingTree, freePort } from './release-lib.mjs';

const root = process.cwd();
const edition = path.join(root, 'tests', 'fixtures', 'auflage-3', 'content');
const appDir = path.resolve('.test-build-bilder');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

/** Files below `dir`, relative to it. */
function files(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p, base) : [path.relative(base, p)];
  });
}

fs.rmSync(appDir, { recursive: true, force: true });
copyWorkingTree(root, appDir);
const content = path.join(appDir, 'content');
fs.rmSync(content, { recursive: true, force: true });
fs.cpSync(edition, content, { recursive: true });
for (const f of files(path.join(root, 'content'))) {
  if (!fs.existsSync(path.join(content, f))) fs.cpSync(path.join(root, 'content', f), path.join(content, f));
}

// The copy lies inside the checkout: stop git at its parent, or it would find the checkout's history.
const buildEnv = { ...env, GIT_CEILING_DIRECTORIES: root, CONTENT_REPOSITORY: appDir };
console.log('▶ Baue die Website aus der 3. Auflage für den Bildvergleich …');
const build = spawnSync(path.join('node_modules', '.bin', 'next'), ['build'], {
  cwd: appDir,
  stdio: 'inherit',
  env: buildEnv,
});
if (build.status !== 0) {
  console.error('✘ Der Build für den Bildvergleich ist fehlgeschlagen (Meldungen oben).');
  process.exit(1);
}

// Playwright runs inside the copy too, so that the page types (from the sitemap, i.e. the
// catalogue in content/) are those of the edition that was built; the references stay in the
// checkout (E2E_SNAPSHOT_DIR).
const r = spawnSync(
  path.join(appDir, 'node_modules', '.bin', 'playwright'),
  ['test', 'tests/e2e/screenshots.once.spec.ts', '--project=mit-js', ...process.argv.slice(2)],
  {
    cwd: appDir,
    stdio: 'inherit',
    env: {
      ...buildEnv,
      E2E_SCREENSHOTS: '1',
      E2E_APP_DIR: appDir,
      E2E_PORT: String(await freePort()),
      E2E_REPORT: path.join(root, 'test-results', 'screenshots.json'),
      E2E_SNAPSHOT_DIR: path.join(root, 'tests', 'e2e', 'screenshots'),
      CHROMIUM_PATH: process.env.CHROMIUM_PATH ?? ensureChromium(),
    },
  },
);
process.exit(r.status ?? 1);
