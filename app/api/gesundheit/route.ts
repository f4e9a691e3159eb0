import { getCatalog } from '@/lib/content/catalog';
import { cspManifest } from '@/lib/csp';

export const dynamic = 'force-dynamic';

/**
 * Health check for load balancers: 200 when the catalogue is loaded. Without the CSP manifest
 * of this build the site is still safe (prerendered pages get the closed policy, docs/security.md)
 * but runs without JavaScript: reported as "eingeschränkt", still 200 (no 5xx for a working site).
 */
export function GET() {
  const manifest = cspManifest();
  const body = {
    status: manifest ? 'ok' : 'eingeschränkt',
    massnahmen: getCatalog().massnahmen.length,
    build: manifest?.buildId ?? null,
    ...(manifest
      ? {}
      : {
          meldung:
            'CSP-Hashes dieses Builds fehlen (.next/csp-manifest.json, geschrieben vom Build-Adapter scripts/csp-adapter.mjs): vorgerenderte Seiten laufen ohne JavaScript.',
        }),
  };
  return Response.json(body, { status: 200, headers: { 'Cache-Control': 'no-store' } });
}
