import { type NextRequest, NextResponse } from 'next/server';
import { cspForRequest } from '@/lib/csp';

/** Sets the Content-Security-Policy of every page (hash-based or per-request nonce, see lib/csp.ts). */
export function proxy(request: NextRequest) {
  const { csp, nonce } = cspForRequest(request.nextUrl.pathname, request.method, () =>
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
  matcher: [
    {
      // Pages only: not static assets, not RSC or prefetch requests (no HTML, no scripts run).
      source: '/((?!_next/static|_next/image|favicon.ico|api/|feed.xml|sitemap.xml|robots.txt|massnahmen.csv|schema/).*)',
      missing: [
        { type: 'header', key: 'rsc' },
        { type: 'header', key: 'next-router-prefetch' },
      ],
    },
  ],
};
