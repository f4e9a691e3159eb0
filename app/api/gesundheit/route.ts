import { getCatalog } from '@/lib/content/catalog';
import { cspManifest } from '@/lib/csp';

export const dynamic = 'force-dynamic';

/** Health check for load balancers: 200 when the catalogue is loaded and the CSP manifest exists. */
export function GET() {
  const manifest = cspManifest();
  const body = {
    status: manifest ? 'ok' : 'fehler',
    massnahmen: getCatalog().massnahmen.length,
    build: manifest?.buildId ?? null,
    ...(manifest
      ? {}
      : {
          meldung:
            'CSP-Manifest fehlt: nach "next build" muss "tsx scripts/prerender-headers.ts" laufen (npm run build).',
        }),
  };
  return Response.json(body, { status: manifest ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
