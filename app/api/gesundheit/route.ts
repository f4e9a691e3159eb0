import { getCatalog } from '@/lib/content/catalog';
import { cspManifest } from '@/lib/csp';
import { type ReleaseInfo, readReleaseInfo } from './release';

export const dynamic = 'force-dynamic';

// A release directory never changes while it is served (docs/deployment.md).
let release: ReleaseInfo | null | undefined;

/**
 * Health check for load balancers and `npm run release`: 200 when the catalogue is loaded and
 * the CSP manifest exists, with the release being served (build id, commit, last content
 * commit, build time).
 */
export function GET() {
  const manifest = cspManifest();
  if (release === undefined) release = readReleaseInfo(process.cwd());
  const body = {
    status: manifest ? 'ok' : 'fehler',
    massnahmen: getCatalog().massnahmen.length,
    build: release?.buildId ?? manifest?.buildId ?? null,
    release: release
      ? {
          id: release.id,
          commit: release.commit,
          inhaltCommit: release.inhaltCommit,
          inhaltGeaendert: release.inhaltGeaendert,
          gebaut: release.gebaut,
        }
      : null,
    ...(manifest
      ? {}
      : {
          meldung:
            'CSP-Manifest fehlt: nach "next build" muss "tsx scripts/prerender-headers.ts" laufen (npm run build).',
        }),
  };
  return Response.json(body, { status: manifest ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
