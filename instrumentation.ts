/**
 * Runs once when the server starts (Next.js instrumentation hook). TRACE, TRACK and CONNECT
 * never reach proxy.ts: Next.js turns every request into a Fetch `Request` first, which throws
 * for these methods, and the answer is a 500 without security headers. lib/forbidden-methods.ts
 * answers them with a 405 before Next.js sees them, on every start path (`next start`,
 * standalone). A reverse proxy in front rejects them as well (deploy/nginx.conf).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { rejectForbiddenMethods } = await import('./lib/forbidden-methods');
  rejectForbiddenMethods();
}
