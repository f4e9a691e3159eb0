import { resourceCsp, securityHeaders } from './lib/security-headers';

/** Methods the Fetch standard forbids: Next.js cannot build a Request for them and answers 500. */
const forbiddenMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);

/**
 * Runs once when the server starts (Next.js instrumentation hook). TRACE, TRACK and CONNECT
 * never reach proxy.ts: Next.js turns every request into a Fetch `Request` first, which throws
 * for these methods, and the answer is a 500 without security headers. Here they get a 405
 * before Next.js sees them, on every start path (`next start`, standalone). A reverse proxy in
 * front should reject them as well (deploy/nginx.conf).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const http = await import('node:http');
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (
    this: InstanceType<typeof http.Server>,
    event: string,
    ...args: unknown[]
  ) {
    if (event === 'request') {
      const [request, response] = args as [
        InstanceType<typeof http.IncomingMessage>,
        InstanceType<typeof http.ServerResponse>,
      ];
      if (forbiddenMethods.has(request.method ?? '')) {
        response.writeHead(405, {
          Allow: 'GET, HEAD, POST',
          'Content-Type': 'text/plain; charset=utf-8',
          'Content-Security-Policy': resourceCsp,
          'Cache-Control': 'no-store',
          ...Object.fromEntries(securityHeaders.map(({ key, value }) => [key, value])),
        });
        response.end('Diese Anfragemethode wird nicht unterstützt.\n');
        return true;
      }
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
