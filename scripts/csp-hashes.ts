/**
 * Runs after `next build`: hashes (sha256) every inline <script> of each prerendered
 * HTML page and writes .next/csp-manifest.json for lib/csp.ts. One inline script
 * carries the build id, so this must run after every build (npm run build does).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CspManifest } from '../lib/csp';

const appDir = path.join('.next', 'server', 'app');

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? htmlFiles(p) : e.name.endsWith('.html') ? [p] : [];
  });
}

/** sha256 sources of the executable inline scripts of one HTML document. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const m of html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? '';
    if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
    hashes.add(
      `sha256-${crypto
        .createHash('sha256')
        .update(m[2] ?? '', 'utf8')
        .digest('base64')}`,
    );
  }
  return [...hashes];
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const manifest: CspManifest = {
    buildId: fs.readFileSync(path.join('.next', 'BUILD_ID'), 'utf8').trim(),
    pages: {},
    notFound: [],
  };
  for (const file of htmlFiles(appDir)) {
    const rel = path.relative(appDir, file).slice(0, -'.html'.length).split(path.sep).join('/');
    const hashes = inlineScriptHashes(fs.readFileSync(file, 'utf8'));
    if (rel === '_not-found') manifest.notFound = hashes;
    else if (rel.startsWith('_')) continue;
    else manifest.pages[rel === 'index' ? '/' : `/${rel}`] = hashes;
  }
  fs.writeFileSync(path.join('.next', 'csp-manifest.json'), JSON.stringify(manifest));
  console.log(
    `CSP-Hashes für ${Object.keys(manifest.pages).length} vorgerenderte Seiten geschrieben (.next/csp-manifest.json).`,
  );
}
