import http from 'node:http';
import { resourceCsp, securityHeaders } from './security-headers';

/** Methods the Fetch standard forbids: Next.js cannot build a Request for them and answers 500. */
const forbiddenMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);

/**
 * Answers TRACE, TRACK and CONNECT with a 405 before Next.js sees them (see instrumentation.ts):
 * wraps the `emit` of Node's HTTP server so that their 'request' event is answered here.
 */
export function rejectForbiddenMethods(): void {
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string, ...args: unknown[]) {
    if (event === 'request') {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
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
