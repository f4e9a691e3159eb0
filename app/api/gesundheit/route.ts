import { getCatalog } from '@/lib/content/catalog';
import { cspManifest } from '@/lib/csp';
import { type ReleaseInfo, readReleaseInfo } from './release';

export const dynamic = 'force-dynamic';

// A release directory never changes while it is served (docs/deployment.md).
let release: ReleaseInfo | null | undefined;

/**
 * Health check for load balancers and `npm run release`: 200 when the catalogue is loaded,
 * with the release being served (build id, commit, last content
 * commit, build time).
 */
export function GET() {
  const manifest = cspManifest();
  if (release === undefined) release = readReleaseInfo(process.cwd());
  const body = {
    status: manifest ? 'ok' : 'eingeschränkt',
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
            'CSP-Hashes dieses Builds fehlen (.next/csp-manifest.json, geschrieben vom Build-Adapter scripts/csp-adapter.mjs): vorgerenderte Seiten laufen ohne JavaScript.',
        }),
  };
  return Response.json(body, { status: 200, headers: { 'Cache-Control': 'no-store' } });
}
