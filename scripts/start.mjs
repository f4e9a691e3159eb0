/**
 * `npm start`: serves the production site on http://localhost:3000 (PORT to change it),
 * building it first when there is no build yet or the content or code changed.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const next = path.join('node_modules', 'next', 'dist', 'bin', 'next');
// The build also writes .next/csp-manifest.json (the build adapter scripts/csp-adapter.mjs).
const buildId = path.join('.next', 'BUILD_ID');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

const sources = ['app', 'components', 'lib', 'content', 'public'].filter((d) => fs.existsSync(d));
const stale = !fs.existsSync(buildId) || Math.max(...sources.map(newestMtime)) > fs.statSync(buildId).mtimeMs;
if (stale) {
  console.log('Baue die Website (einmalig, ca. 1 Minute) …');
  const r = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const port = process.env.PORT ?? '3000';
console.log(`Die Website läuft unter http://localhost:${port}/ (beenden mit Strg+C).`);
const r = spawnSync(process.execPath, [next, 'start', '-p', port], { stdio: 'inherit', env });
process.exit(r.status ?? 0);
