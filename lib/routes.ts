/**
 * What each route is, for the proxy (proxy.ts) and the Content-Security-Policy. Every page and
 * route file declares `export const dynamic`: 'force-static' (prerendered at build time) or
 * 'force-dynamic' (rendered per request). tests/unit/routes.test.ts derives the per-request
 * pages from those declarations and checks them against this list, so it cannot drift.
 */

/** Pages rendered per request (they get a nonce-based policy). */
export const perRequestPages: readonly string[] = ['/massnahmen'];

/** Pages whose form posts to a server action: the POST renders the page per request (nonce). */
export const actionPages: readonly string[] = ['/vorschlagen'];

/** Paths that are not HTML pages (API, exports, feed, metadata files). */
export const resourcePathPattern =
  /^\/(?:api\/|feed\.xml$|sitemap\.xml$|robots\.txt$|massnahmen\.csv$|icon\.svg$|schema\/|aenderungen\/feed\.xml$|daten\/dcat\.ttl$|datapackage\.json$)/;

/** Next's build output (hashed file names: immutable). */
export const staticAssetPrefix = '/_next/static/';

/** Largest body of a server action request (the proposal form: two 6,000-character texts and a few fields). */
export const actionBodyLimitBytes = 100 * 1024;
