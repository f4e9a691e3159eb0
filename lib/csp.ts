import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Content-Security-Policy of the site (see docs/security.md).
 *
 * Prerendered pages get a hash-based policy: scripts/prerender-headers.ts hashes every inline
 * script of the built HTML into .next/csp-manifest.json, so the HTML stays byte-identical
 * and cacheable by a shared cache. Pages rendered per request get a fresh nonce, which
 * Next.js puts on its scripts (it reads it from the request's CSP header).
 */
export interface CspManifest {
  buildId: string;
  /** URL path → sha256 sources of the page's inline scripts. */
  pages: Record<string, string[]>;
  /** Hashes of the prerendered 404 page, which Next may serve for any unknown path. */
  notFound: string[];
}

export const manifestFile = path.join(process.cwd(), '.next', 'csp-manifest.json');

let cached: CspManifest | null | undefined;

export function cspManifest(): CspManifest | null {
  if (cached === undefined) {
    try {
      cached = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as CspManifest;
    } catch {
      // Without a manifest (e.g. `next dev`) every page gets a nonce.
      cached = null;
    }
  }
  return cached;
}

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

/** The policy for one request: hashes for a prerendered page, otherwise a nonce (plus the 404 page's hashes). */
export function cspForRequest(
  pathname: string,
  method: string,
  nonce: () => string,
): { csp: string; nonce?: string } {
  const manifest = cspManifest();
  const hashes = method === 'GET' || method === 'HEAD' ? manifest?.pages[pathname] : undefined;
  if (hashes) return { csp: buildCsp(hashes.map((h) => `'${h}'`)) };
  const n = nonce();
  return { csp: buildCsp([`'nonce-${n}'`, ...(manifest?.notFound ?? []).map((h) => `'${h}'`)]), nonce: n };
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
