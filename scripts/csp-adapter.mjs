/**
 * Build adapter (next.config.ts `adapterPath`, Next.js' documented adapter API): after every
 * `next build` — `npm run build`, a plain `next build`, a standalone build — it hashes the
 * inline scripts of each prerendered page and writes `<distDir>/csp-manifest.json`
 * ({ buildId, builtAt, pages: { "/path": ["sha256-…"] }, routes: ["/api/…"], etags: { "/path": "W/…" } };
 * `routes` lists the prerendered route handlers, so the proxy can answer an unknown API path with
 * a JSON 404; `etags` and `builtAt` are the caching validators the proxy sends, docs/deployment.md). proxy.ts sends those hashes as the page's
 * Content-Security-Policy (lib/csp.ts). Without the file, or with one of another build, every
 * prerendered page gets the strict policy without inline scripts instead (fail closed).
 * The HTML is read from the paths Next.js hands to the adapter (`outputs.prerenders[].fallback`).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { inlineScriptHashes } from '../lib/inline-script-hashes.mjs';

/** @type {import('next').NextAdapter} */
const adapter = {
  name: 'vielfalt-csp-hashes',
  async onBuildComplete({ outputs, distDir, buildId }) {
    /** @type {Record<string, string[]>} */
    const pages = {};
    /** @type {string[]} */
    const routes = [];
    /** @type {Record<string, string>} */
    const etags = {};
    for (const p of outputs.prerenders) {
      if (p.routeType === 'route') routes.push(p.pathname);
      const file = p.fallback?.filePath;
      // Validator for shared caches (proxy.ts sends it with the page or route): the stored body's hash.
      const isResponse = p.routeType === 'route' || file?.endsWith('.html');
      if (isResponse && file && fs.existsSync(file) && !p.pathname.startsWith('/_'))
        etags[p.pathname] =
          `W/"${crypto.createHash('sha1').update(fs.readFileSync(file)).digest('base64url')}"`;
      const isPage = p.routeType === 'page' || p.pathname === '/_not-found';
      if (!isPage || !file?.endsWith('.html') || !fs.existsSync(file)) continue;
      pages[p.pathname] = inlineScriptHashes(fs.readFileSync(file, 'utf8'));
    }
    // The 404 page (Next serves it for every unknown path) is a static file of the build.
    for (const f of outputs.staticFiles) {
      if (!/^\/(?:404|_not-found)$/.test(f.pathname) || !f.filePath.endsWith('.html')) continue;
      if (fs.existsSync(f.filePath))
        pages['/_not-found'] = inlineScriptHashes(fs.readFileSync(f.filePath, 'utf8'));
    }
    if (!pages['/_not-found'])
      console.warn(
        '⚠ CSP: Die 404-Seite fehlt in der Build-Ausgabe; unbekannte Adressen laufen ohne JavaScript.',
      );
    const manifest = JSON.stringify({ buildId, builtAt: new Date().toUTCString(), pages, routes, etags });
    fs.writeFileSync(path.join(distDir, 'csp-manifest.json'), manifest);
    console.log(
      `CSP-Hashes für ${Object.keys(pages).length} vorgerenderte Seiten geschrieben (.next/csp-manifest.json).`,
    );
  },
};

export default adapter;
