import { type NextRequest, NextResponse } from 'next/server';
import { prerenderedCacheHeaders } from '@/lib/cache';
import { cspForRequest, cspManifest, isPrerenderedRoute } from '@/lib/csp';
import {
  actionBodyLimitBytes,
  actionPages,
  perRequestPages,
  resourcePathPattern,
  staticAssetPrefix,
} from '@/lib/routes';
import { resourceCsp, securityHeaders } from '@/lib/security-headers';

/** A short German answer with every security header; never cached. */
function answer(status: number, message: string, headers: Record<string, string> = {}): NextResponse {
  const response = new NextResponse(`${message}\n`, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Security-Policy': resourceCsp,
      'Cache-Control': 'no-store',
      ...headers,
    },
  });
  for (const { key, value } of securityHeaders) response.headers.set(key, value);
  return response;
}

function answerJson(status: number, body: object): NextResponse {
  const response = NextResponse.json(body, {
    status,
    headers: {
      'Content-Security-Policy': resourceCsp,
      'Cache-Control': 'no-store',
      'Access-Control-Allow-Origin': '*',
    },
  });
  for (const { key, value } of securityHeaders) response.headers.set(key, value);
  return response;
}

/** /api/massnahmen/<slug> */
const apiDetail = /^\/api\/massnahmen\/[^/]+$/;

const methods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']);

/**
 * The canonical spelling of a percent-encoded path (each segment decoded and encoded again),
 * or null when it is already canonical or not valid UTF-8. "/massnahmen/leichte-%73prache" →
 * "/massnahmen/leichte-sprache".
 */
function canonicalPath(pathname: string): string | null | 'invalid' {
  if (!pathname.includes('%')) return null;
  try {
    const canonical = pathname
      .split('/')
      .map((segment) => encodeURIComponent(decodeURIComponent(segment)))
      .join('/');
    return canonical === pathname ? null : canonical;
  } catch {
    return 'invalid';
  }
}

/** Whether a value is JSON text of a list (the encoded arguments of a server action call). */
function isJsonList(value: FormDataEntryValue | null): boolean {
  if (typeof value !== 'string') return false;
  try {
    return Array.isArray(JSON.parse(value));
  } catch {
    return false;
  }
}

/**
 * Checks of a POST (server action or the no-JavaScript form) before Next.js reads it, so that
 * malformed or oversized requests get a 4xx instead of a 500. Bounded work: the body is read
 * only when its declared length is within the limit.
 */
async function checkPost(request: NextRequest): Promise<NextResponse | null> {
  const length = request.headers.get('content-length');
  if (length === null) {
    if (request.headers.has('transfer-encoding'))
      return answer(411, 'Bitte die Länge der Anfrage angeben (Content-Length).');
  } else if (!/^\d{1,12}$/.test(length)) {
    return answer(400, 'Ungültige Längenangabe (Content-Length).');
  } else if (Number(length) > actionBodyLimitBytes) {
    return answer(
      413,
      `Die Anfrage ist zu groß (höchstens ${Math.round(actionBodyLimitBytes / 1024)} KB). Bitte kürzen Sie Ihre Texte.`,
    );
  }
  const origin = request.headers.get('origin');
  if (origin !== null) {
    const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (!host || originHost !== host)
      return answer(403, 'Formulare dieser Website können nur von ihr selbst abgeschickt werden.');
  }
  const type = request.headers.get('content-type') ?? '';
  // A call from the page's JavaScript (Next-Action header) sends the action's arguments as a
  // list: as JSON text, or as form data whose field "0" holds that JSON. Anything else would
  // make Next.js fail with a 500 before the action runs.
  const isActionCall = request.headers.has('next-action');
  const badArguments = () => answer(400, 'Ungültiger Aufruf: Die Argumente sind keine Liste.');
  if (/^multipart\/form-data/i.test(type)) {
    if (!/;\s*boundary=/i.test(type)) return answer(400, 'Ungültiges Formular: Die Grenze (boundary) fehlt.');
    let form: FormData;
    try {
      form = await request.clone().formData();
    } catch {
      return answer(400, 'Ungültiges Formular: Die Daten sind unvollständig oder fehlerhaft.');
    }
    if (isActionCall && !isJsonList(form.get('0'))) return badArguments();
  } else if (isActionCall && !/^application\/x-www-form-urlencoded/i.test(type)) {
    if (!isJsonList(await request.clone().text())) return badArguments();
  }
  return null;
}

/**
 * Runs on every request (see `config`), in bounded time:
 * - methods Next.js would answer with a 500 (TRACE, unknown ones, anything but GET/HEAD on
 *   the build's static files) get a 405; a Range header on static files is dropped (full 200);
 * - a path that is not valid percent-encoded UTF-8 gets a 400, a non-canonical spelling of a
 *   path (e.g. "%73" for "s") a redirect to the canonical one, so each page has one URL;
 * - a POST to a page is checked for size, origin and a well-formed body (checkPost);
 * - every page gets exactly one Content-Security-Policy (lib/csp.ts): the prerendered page's
 *   hashes, a per-request nonce, or the closed fallback;
 * - a prerendered page or route gets its caching headers (lib/cache.ts).
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const { method } = request;
  if (!methods.has(method))
    return answer(405, 'Diese Anfragemethode wird nicht unterstützt.', { Allow: 'GET, HEAD' });

  if (pathname.startsWith(staticAssetPrefix)) {
    if (method !== 'GET' && method !== 'HEAD')
      return answer(405, 'Diese Anfragemethode wird nicht unterstützt.', { Allow: 'GET, HEAD' });
    if (!request.headers.has('range')) return NextResponse.next();
    // Next.js answers some Range headers with a 500; ignoring Range (a full 200) is always allowed.
    const headers = new Headers(request.headers);
    headers.delete('range');
    return NextResponse.next({ request: { headers } });
  }

  const canonical = canonicalPath(pathname);
  if (canonical === 'invalid')
    return answer(400, 'Ungültige Adresse: Sie enthält Zeichen, die keine gültige UTF-8-Kodierung sind.');
  if (canonical !== null && !canonical.startsWith('//') && (method === 'GET' || method === 'HEAD')) {
    const url = request.nextUrl.clone();
    url.pathname = canonical;
    const response = NextResponse.redirect(url, 308);
    for (const { key, value } of securityHeaders) response.headers.set(key, value);
    response.headers.set('Content-Security-Policy', resourceCsp);
    return response;
  }

  if (resourcePathPattern.test(pathname)) {
    // Measures are prerendered (dynamicParams = false): any other slug is unknown. Next.js
    // would answer with the HTML 404 page; an API answers in JSON.
    if (apiDetail.test(pathname) && isPrerenderedRoute(pathname) === false) {
      return answerJson(404, { fehler: 'Diese Maßnahme gibt es nicht.' });
    }
    return withCacheHeaders(NextResponse.next(), pathname, method);
  }

  if (method === 'POST' || method === 'PUT' || method === 'PATCH' || method === 'DELETE') {
    const rejected = await checkPost(request);
    if (rejected) return rejected;
  }

  // An RSC request (client navigation) gets no HTML: the base policy of next.config.ts is enough.
  if (request.headers.has('rsc') || request.headers.has('next-router-prefetch')) return NextResponse.next();

  const perRequest =
    perRequestPages.includes(pathname) || (method === 'POST' && actionPages.includes(pathname));
  const { csp, nonce } = cspForRequest(pathname, method, perRequest, () =>
    Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64'),
  );
  let response: NextResponse;
  if (nonce) {
    // Next.js reads the nonce from the request's policy and puts it on its scripts.
    const headers = new Headers(request.headers);
    headers.set('content-security-policy', csp);
    response = NextResponse.next({ request: { headers } });
  } else response = NextResponse.next();
  response.headers.set('Content-Security-Policy', csp);
  return nonce ? response : withCacheHeaders(response, pathname, method);
}

/** A prerendered response gets the caching headers of lib/cache.ts (computed at build time). */
function withCacheHeaders(response: NextResponse, pathname: string, method: string): NextResponse {
  const headers = prerenderedCacheHeaders(cspManifest(), pathname, method);
  for (const [key, value] of Object.entries(headers ?? {})) response.headers.set(key, value);
  return response;
}

export const config = {
  // Every path: method, encoding and Range checks apply to all of them, the policy to pages.
  matcher: '/:path*',
};
