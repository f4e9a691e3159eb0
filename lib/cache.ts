/**
 * Cache policy of every response that is the same for everyone (prerendered pages, exports,
 * the JSON API): browsers and shared caches (deploy/nginx.conf, a CDN) keep it 5 minutes — so
 * a new catalogue is visible 5 minutes after the deployment without purging — may serve it
 * while revalidating for a day, and serve it stale for a day if the origin fails.
 * Per-request pages stay `private, no-store` (Next.js sets that).
 */
export const sharedCachePolicy = 'public, max-age=300, stale-while-revalidate=86400, stale-if-error=86400';
