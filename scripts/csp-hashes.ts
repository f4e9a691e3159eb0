/**
 * Runs after `next build`: hashes (sha256) every inline <script> of each prerendered
 * HTML page, writes .next/csp-manifest.json for lib/csp.ts and puts the page's policy
 * into the page's `.meta` file, whose headers Next.js sends with the cached HTML — so a
 * prerendered page needs no proxy (middleware) run at all (docs/security.md). One inline
 * script carries the build id, so this must run after every build (npm run build does).
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildCsp, type CspManifest, inlineScriptHashes } from '../lib/csp';

const appDir = path.join('.next', 'server', 'app');

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? htmlFiles(p) : e.name.endsWith('.html') ? [p] : [];
  });
}

/**
 * Next.js stores the response headers of a prerendered page in `<page>.meta` and sends them
 * with every response served from that entry (the 404 page's too, for any unknown path).
 */
function attachPolicy(htmlFile: string, csp: string): void {
  const metaFile = `${htmlFile.slice(0, -'.html'.length)}.meta`;
  const meta = JSON.parse(fs.readFileSync(metaFile, 'utf8')) as { headers?: Record<string, string> };
  meta.headers = { ...meta.headers, 'content-security-policy': csp };
  fs.writeFileSync(metaFile, JSON.stringify(meta));
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
    attachPolicy(file, buildCsp(hashes.map((h) => `'${h}'`)));
    if (rel === '_not-found') manifest.notFound = hashes;
    else if (rel.startsWith('_')) continue;
    else manifest.pages[rel === 'index' ? '/' : `/${rel}`] = hashes;
  }
  fs.writeFileSync(path.join('.next', 'csp-manifest.json'), JSON.stringify(manifest));
  console.log(
    `CSP-Hashes für ${Object.keys(manifest.pages).length} vorgerenderte Seiten geschrieben (.next/csp-manifest.json).`,
  );
}
