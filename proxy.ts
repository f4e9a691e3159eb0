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
 * Runs before every request except static assets:
 * - a path that is not valid percent-encoded UTF-8 gets a 400 (Next.js would answer 500);
 * - pages get their Content-Security-Policy: hash-based when prerendered, else a nonce (lib/csp.ts).
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
  if (!nonce) {
    // Prerendered: the response header only; the request stays untouched so the cached HTML is served.
    const response = NextResponse.next();
    response.headers.set('Content-Security-Policy', csp);
    return response;
  }
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
