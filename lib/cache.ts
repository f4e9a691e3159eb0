/**
 * Cache policy of every response that is the same for everyone (prerendered pages, exports,
 * the JSON API): browsers and shared caches (deploy/nginx.conf, a CDN) keep it 5 minutes — so
 * a new catalogue is visible 5 minutes after the deployment without purging — may serve it
 * while revalidating for a day, and serve it stale for a day if the origin fails.
 * Per-request pages stay `private, no-store` (Next.js sets that).
 */
export const sharedCachePolicy = 'public, max-age=300, stale-while-revalidate=86400, stale-if-error=86400';

/**
 * Caching headers of a prerendered response of this build (page or route handler), from the
 * manifest the build adapter writes (scripts/csp-adapter.mjs): the shared policy, an ETag of the
 * stored body and the build time as Last-Modified, so a shared cache can revalidate with 304.
 * null for anything else (per-request pages keep Next's `private, no-store`, errors stay uncached).
 */
export function prerenderedCacheHeaders(
  manifest: { etags: Record<string, string>; builtAt: string } | null,
  pathname: string,
  method: string,
): Record<string, string> | null {
  if (!manifest || (method !== 'GET' && method !== 'HEAD') || !Object.hasOwn(manifest.etags, pathname))
    return null;
  const etag = manifest.etags[pathname];
  if (!etag) return null;
  return { 'Cache-Control': sharedCachePolicy, ETag: etag, 'Last-Modified': manifest.builtAt };
}
