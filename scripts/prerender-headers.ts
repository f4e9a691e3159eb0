/**
 * Runs after `next build` (npm run build does): gives every prerendered response its caching
 * headers, computed once instead of per request.
 *
 * Next.js keeps the response headers of a prerendered page or route in `<name>.meta` next to
 * the stored body and sends them with every response served from it. This script adds there
 * `cache-control` (lib/cache.ts), `etag` and `last-modified`, so a shared cache or CDN can
 * keep, revalidate and — if the origin fails — serve them stale. It writes no security header:
 * the Content-Security-Policy comes from proxy.ts and the build adapter (docs/security.md), so a
 * plain `next build && next start` without this step is just as safe, only cached by Next's defaults.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sharedCachePolicy } from '../lib/cache';

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
): { cacheControl?: string; etag?: string; lastModified?: string } {
  // The error pages stay uncached (Next marks them private); everything else is public.
  if (path.basename(entry.rel).startsWith('_')) return {};
  return {
    cacheControl: sharedCachePolicy,
    etag: `W/"${crypto.createHash('sha1').update(body).digest('base64url')}"`,
    lastModified: builtAt.toUTCString(),
  };
}

/** Updates every entry's .meta; returns how many. */
function apply(appDir: string, builtAt: Date): number {
  let count = 0;
  for (const entry of entries(appDir)) {
    const body = fs.readFileSync(`${entry.base}.${entry.kind === 'page' ? 'html' : 'body'}`);
    const h = headersFor(entry, body, builtAt);
    updateMeta(entry.base, (headers) => {
      // A policy from an older version of this script would be a second one.
      delete headers['content-security-policy'];
      if (h.cacheControl) headers['cache-control'] = h.cacheControl;
      if (h.etag) headers.etag = h.etag;
      if (h.lastModified) headers['last-modified'] = h.lastModified;
    });
    count++;
  }
  return count;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const builtAt = new Date();
  // With a build adapter (next.config.ts adapterPath) Next.js keeps prerendered responses in
  // server/route-cache, without one in server/app; `output: 'standalone'` has a copy of either.
  const roots = ['.next', path.join('.next', 'standalone', '.next')].flatMap((root) =>
    ['app', 'route-cache'].map((dir) => path.join(root, 'server', dir)),
  );
  let count = 0;
  for (const dir of roots) if (fs.existsSync(dir)) count += apply(dir, builtAt);
  console.log(`Caching-Header für ${count} vorgerenderte Antworten geschrieben.`);
}
