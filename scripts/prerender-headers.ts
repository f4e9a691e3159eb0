/**
 * Runs after `next build` (npm run build does): gives every prerendered response its final
 * headers, computed once instead of per request.
 *
 * Next.js keeps the response headers of a prerendered page or route in `<name>.meta` next to
 * the stored body and sends them with every response served from it (the 404 page's too, for
 * any unknown path). This script adds there:
 * - `content-security-policy` for pages: sha256 hashes of every inline script, so a
 *   prerendered page needs no proxy (middleware) run at all (docs/security.md);
 * - `cache-control` (lib/cache.ts), `etag` and `last-modified`, so a
 *   shared cache or CDN can keep, revalidate and — if the origin fails — serve them stale.
 * It also writes .next/csp-manifest.json for the proxy (lib/csp.ts). One inline script
 * carries the build id, so this must run after every build.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sharedCachePolicy } from '../lib/cache';
import { buildCsp, type CspManifest, inlineScriptHashes } from '../lib/csp';

/** A stored prerendered response: a page (`.html`) or a route handler's body (`.body`). */
interface Entry {
  /** Path of the body file without its extension. */
  base: string;
  /** URL path relative to the app directory, e.g. `index`, `massnahmen/dv-bem`, `_not-found`. */
  rel: string;
  kind: 'page' | 'route';
}

function entries(appDir: string, dir = appDir): Entry[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e): Entry[] => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return entries(appDir, p);
    const ext = path.extname(e.name);
    if (ext !== '.html' && ext !== '.body') return [];
    const base = p.slice(0, -ext.length);
    if (!fs.existsSync(`${base}.meta`)) return [];
    const rel = path.relative(appDir, base).split(path.sep).join('/');
    return [{ base, rel, kind: ext === '.html' ? 'page' : 'route' }];
  });
}

type Meta = { status?: number; headers?: Record<string, string> };

function updateMeta(base: string, update: (headers: Record<string, string>) => void): void {
  const file = `${base}.meta`;
  const meta = JSON.parse(fs.readFileSync(file, 'utf8')) as Meta;
  const headers = { ...meta.headers };
  update(headers);
  fs.writeFileSync(file, JSON.stringify({ ...meta, headers }));
}

/** Headers of one entry; `undefined` values are left as the build wrote them. */
function headersFor(
  entry: Entry,
  body: Buffer,
  builtAt: Date,
): { csp?: string; hashes: string[]; cacheControl?: string; etag?: string; lastModified?: string } {
  const hashes = entry.kind === 'page' ? inlineScriptHashes(body.toString('utf8')) : [];
  const csp = entry.kind === 'page' ? buildCsp(hashes.map((h) => `'${h}'`)) : undefined;
  // The error pages stay uncached (Next marks them private); everything else is public.
  if (entry.rel.startsWith('_')) return { csp, hashes };
  return {
    csp,
    hashes,
    cacheControl: sharedCachePolicy,
    etag: `W/"${crypto.createHash('sha1').update(body).digest('base64url')}"`,
    lastModified: builtAt.toUTCString(),
  };
}

/** Updates every entry's .meta; returns the inline-script hashes per page path. */
function apply(appDir: string, builtAt: Date): Record<string, string[]> {
  const pages: Record<string, string[]> = {};
  for (const entry of entries(appDir)) {
    const body = fs.readFileSync(`${entry.base}.${entry.kind === 'page' ? 'html' : 'body'}`);
    const h = headersFor(entry, body, builtAt);
    updateMeta(entry.base, (headers) => {
      if (h.csp) headers['content-security-policy'] = h.csp;
      if (h.cacheControl) headers['cache-control'] = h.cacheControl;
      if (h.etag) headers.etag = h.etag;
      if (h.lastModified) headers['last-modified'] = h.lastModified;
    });
    if (entry.kind === 'page') pages[entry.rel === 'index' ? '/' : `/${entry.rel}`] = h.hashes;
  }
  return pages;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const builtAt = new Date();
  const pages = apply(path.join('.next', 'server', 'app'), builtAt);
  // `output: 'standalone'` copied the .meta files during the build: update that copy as well.
  const standalone = path.join('.next', 'standalone', '.next', 'server', 'app');
  if (fs.existsSync(standalone)) apply(standalone, builtAt);

  const manifest: CspManifest = {
    buildId: fs.readFileSync(path.join('.next', 'BUILD_ID'), 'utf8').trim(),
    pages: Object.fromEntries(Object.entries(pages).filter(([p]) => !p.startsWith('/_'))),
    notFound: pages['/_not-found'] ?? [],
  };
  fs.writeFileSync(path.join('.next', 'csp-manifest.json'), JSON.stringify(manifest));
  console.log(
    `Header für ${Object.keys(pages).length} vorgerenderte Seiten geschrieben (CSP-Hashes, Caching; .next/csp-manifest.json).`,
  );
}
