/**
 * Finds Debian's Chromium for the browser tests, or installs it with apt-get when
 * running as root. Never downloads a browser of its own (`playwright install`).
 * Prints the path on stdout; exits 1 with a German explanation otherwise.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';

/** Flags for Debian's Chromium in tests and benchmarks (headless is added by each user). */
export const chromiumFlags = createRequire(import.meta.url)('./chromium-flags.json');

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  );
  return candidates.find((p) => fs.existsSync(p));
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      [
        'Chromium fehlt: Die Browser-Tests brauchen Debians Chromium unter /usr/bin/chromium.',
        'Bitte einmal installieren:  sudo apt-get update && sudo apt-get install -y chromium',
        'Oder den Pfad zu einem vorhandenen Chromium angeben:  CHROMIUM_PATH=/pfad/zu/chromium npm test',
      ].join('\n'),
    );
    process.exit(1);
  }
  console.error('Chromium fehlt – wird mit apt-get installiert …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    const r = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    if (r.status !== 0) {
      console.error(`apt-get ${args.join(' ')} ist fehlgeschlagen (Exit-Code ${r.status}).`);
      process.exit(1);
    }
  }
  const installed = findChromium();
  if (!installed) {
    console.error('Chromium wurde installiert, aber nicht unter /usr/bin/chromium gefunden.');
    process.exit(1);
  }
  console.error(execFileSync(installed, ['--version'], { encoding: 'utf8' }).trim());
  return installed;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChromium());
