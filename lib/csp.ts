import fs from 'node:fs';
import path from 'node:path';

/**
 * Content-Security-Policy of the site (docs/security.md). Every HTML response gets exactly one
 * of three policies, none with 'unsafe-inline':
 * - a prerendered page: the sha256 hashes of its inline scripts, from .next/csp-manifest.json,
 *   which the build adapter (scripts/csp-adapter.mjs) writes during every `next build`;
 * - a page rendered per request: a fresh nonce, which Next.js puts on its scripts;
 * - anything else (an unknown path, a POST to a prerendered path): the 404 page's hashes, which
 *   allow exactly its scripts; without a manifest of this build (e.g. the adapter did not run)
 *   `strictCsp`, which allows no inline script at all. The site works
 *   without JavaScript, so this fails closed: it can break hydration, never open a hole.
 * next.config.ts sets `strictCsp` on every page path as the base; proxy.ts replaces it.
 */
export interface CspManifest {
  buildId: string;
  /** URL path → sha256 sources of the page's inline scripts. */
  pages: Record<string, string[]>;
  /** Paths of the prerendered route handlers (e.g. /api/massnahmen/<slug>). */
  routes: string[];
  /** When the build finished (HTTP date): Last-Modified of every prerendered response. */
  builtAt: string;
  /** URL path → ETag of the prerendered page or route (a hash of its stored body). */
  etags: Record<string, string>;
}

export const manifestName = 'csp-manifest.json';

/** The manifest key of the prerendered 404 page (Next serves it for every unknown path). */
export const notFoundPage = '/_not-found';

export function buildCsp(scriptSources: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptSources.join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self'",
  ].join('; ');
}

/** The fail-closed policy: same-origin script files only, no inline script. */
export const strictCsp = buildCsp([]);

let cached: { manifest: CspManifest | null; buildId: string | null } | undefined;

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

/**
 * The manifest of the running build, or null: missing (e.g. `next dev`, or a platform that
 * replaced the build adapter) or written by another build than the one being served.
 */
export function cspManifest(): CspManifest | null {
  if (cached === undefined) {
    const dir = path.join(process.cwd(), '.next');
    const manifest = readJson<CspManifest>(path.join(dir, manifestName));
    let buildId: string | null = null;
    try {
      buildId = fs.readFileSync(path.join(dir, 'BUILD_ID'), 'utf8').trim();
    } catch {
      buildId = null;
    }
    const valid =
      manifest !== null &&
      typeof manifest.buildId === 'string' &&
      manifest.buildId === buildId &&
      typeof manifest.pages === 'object' &&
      manifest.pages !== null &&
      Array.isArray(manifest.routes) &&
      typeof manifest.etags === 'object' &&
      manifest.etags !== null &&
      typeof manifest.builtAt === 'string';
    cached = { manifest: valid ? manifest : null, buildId };
  }
  return cached.manifest;
}

let knownRoutes: Set<string> | undefined;

/** Whether a path is a prerendered route handler of this build; undefined without a manifest. */
export function isPrerenderedRoute(pathname: string): boolean | undefined {
  const manifest = cspManifest();
  if (!manifest) return undefined;
  knownRoutes ??= new Set(manifest.routes);
  return knownRoutes.has(pathname);
}

export type CspKind = 'hashes' | 'nonce' | 'strict';

/**
 * The policy for one page request. `perRequest`: the path is rendered per request (a nonce
 * works there); otherwise the manifest's hashes for an exact path on GET/HEAD, else strict.
 */
export function cspForRequest(
  pathname: string,
  method: string,
  perRequest: boolean,
  nonce: () => string,
): { kind: CspKind; csp: string; nonce?: string } {
  if (perRequest) {
    const n = nonce();
    return { kind: 'nonce', csp: buildCsp([`'nonce-${n}'`]), nonce: n };
  }
  const hashes =
    method === 'GET' || method === 'HEAD'
      ? Object.hasOwn(cspManifest()?.pages ?? {}, pathname)
        ? cspManifest()?.pages[pathname]
        : undefined
      : undefined;
  if (hashes) return { kind: 'hashes', csp: buildCsp(hashes.map((h) => `'${h}'`)) };
  // Any other path may be answered with the prerendered 404 page: its hashes allow exactly
  // its scripts (a hash cannot allow anything else), so the fallback stays closed.
  const notFound = cspManifest()?.pages[notFoundPage];
  return { kind: 'strict', csp: notFound ? buildCsp(notFound.map((h) => `'${h}'`)) : strictCsp };
}

export { inlineScriptHashes } from './inline-script-hashes.mjs';
