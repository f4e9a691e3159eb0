/**
 * Installs the benchmark's own dependencies (bench/package.json) into bench/node_modules on
 * first use, so the product's `npm ci` never installs them. Run directly by `npm run
 * bench:search`; a no-op once they are there.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));

export function ensureBenchDeps() {
  const { devDependencies = {} } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const missing = Object.keys(devDependencies).filter(
    (name) => !fs.existsSync(path.join(dir, 'node_modules', name, 'package.json')),
  );
  if (!missing.length) return;
  console.log(
    `Installiere die Abhängigkeiten des Benchmarks nach bench/node_modules (${missing.join(', ')}) …`,
  );
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', dir], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) ensureBenchDeps();
