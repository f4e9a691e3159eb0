import { type NextRequest, NextResponse } from 'next/server';
import { cspForRequest } from '@/lib/csp';
import { resourceCsp, resourcePathPattern, securityHeaders } from '@/lib/security-headers';

function badRequest(): NextResponse {
  const response = new NextResponse(
    'Ungültige Adresse: Sie enthält Zeichen, die keine gültige UTF-8-Kodierung sind.\n',
    {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': resourceCsp },
    },
  );
  for (const { key, value } of securityHeaders) response.headers.set(key, value);
  return response;
}

/**
 * Runs only where it is needed (see `config.matcher`), because every proxy run costs about
 * half of a prerendered page's server time:
 * - a path that is not valid percent-encoded UTF-8 gets a 400 (Next.js would answer 500);
 * - pages rendered per request (the list, the proposal form's POST) get a nonce-based
 *   Content-Security-Policy (lib/csp.ts). Prerendered pages carry their hash-based policy
 *   in their `.meta` file (scripts/prerender-headers.ts), the 404 page too.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
  } catch {
    return badRequest();
  }
  const isRsc = request.headers.has('rsc') || request.headers.has('next-router-prefetch');
  if (isRsc || resourcePathPattern.test(pathname)) return NextResponse.next();

  const { csp, nonce } = cspForRequest(pathname, request.method, () =>
    Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64'),
  );
  // Prerendered (GET /vorschlagen): its cached response already carries the policy.
  if (!nonce) return NextResponse.next();
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  // The dynamic pages, and any path with a percent sign (the UTF-8 check). Keep in sync with
  // the routes marked ƒ in the build output; tests/e2e/security.api.spec.ts checks every page kind.
  matcher: ['/massnahmen', '/vorschlagen', '/(.*%.*)'],
};
