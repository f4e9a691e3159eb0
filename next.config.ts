import fs from 'node:fs';
import path from 'node:path';
import type { NextConfig } from 'next';
import { strictCsp } from './lib/csp';
import { actionBodyLimitBytes } from './lib/routes';
import { resourceCsp, securityHeaders } from './lib/security-headers';

// Without SITE_URL a production build or server writes http://localhost:3000 into canonical
// URLs, Open Graph, sitemap, feed, CSV and API (docs/deployment.md). next.config.ts is loaded
// by `next build` and `next start` alike, so both warn.
if (process.env.NODE_ENV === 'production' && !process.env.SITE_URL) {
  console.warn(
    '\n⚠ SITE_URL ist nicht gesetzt: Kanonische Adressen, Sitemap, Feed, CSV und API verweisen auf http://localhost:3000.\n' +
      '  Für den Betrieb SITE_URL=https://<öffentliche Adresse> beim Bauen und Starten setzen (docs/deployment.md).\n',
  );
}

// Absolute: Next.js resolves it from its own folder. A standalone server has no scripts/ and
// needs no adapter (it only runs during the build).
const cspAdapter = path.join(process.cwd(), 'scripts', 'csp-adapter.mjs');

const actionBodyLimit = `${Math.round(actionBodyLimitBytes / 1024)}kb` as const;

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Hashing every HTML response for an ETag costs about a fifth of a prerendered page's CPU
  // (docs/performance-analysis.md); the shared cache in front (deploy/nginx.conf) serves repeat visits instead.
  generateEtags: false,
  // NEXT_OUTPUT=standalone npm run build → a self-contained server (docs/deployment.md).
  ...(process.env.NEXT_OUTPUT === 'standalone' ? { output: 'standalone' as const } : {}),
  // npm run release and npm test build with their release id as build id (docs/deployment.md).
  // Releases and the test build are copies inside the checkout (docs/deployment.md): each is its own root.
  outputFileTracingRoot: __dirname,
  turbopack: { root: __dirname },
  ...(process.env.NEXT_BUILD_ID ? { generateBuildId: async () => process.env.NEXT_BUILD_ID ?? null } : {}),
  reactStrictMode: true,
  // /katalog is the whole brochure on one page; with the 10,000-measure synthetic catalogue of
  // the scale benchmark it needs longer than the default 60 s to prerender (docs/performance.md).
  staticPageGenerationTimeout: 300,
  // Content is read with fixed paths below process.cwd(); see docs/architecture.md.
  outputFileTracingIncludes: { '/**': ['./content/**/*'] },
  // Writes the CSP hashes of the prerendered pages after every build (docs/security.md).
  ...(fs.existsSync(cspAdapter) ? { adapterPath: cspAdapter } : {}),
  experimental: {
    // The proposal form is the only server action: two 6,000-character texts and a few fields.
    serverActions: { bodySizeLimit: actionBodyLimit },
    // proxy.ts reads a POST body only within this size (it answers 413 beyond it first).
    proxyClientMaxBodySize: actionBodyLimit,
  },
  async headers() {
    return [
      // Base for every response; proxy.ts replaces the page policy with the page's own one.
      // Where the proxy does not get to answer, this closed policy (no inline script) stays.
      {
        source: '/:path*',
        headers: [...securityHeaders, { key: 'Content-Security-Policy', value: strictCsp }],
      },
      {
        source:
          '/:path(api/.*|feed\\.xml|sitemap\\.xml|robots\\.txt|massnahmen\\.csv|icon\\.svg|schema/.*|aenderungen/feed\\.xml|daten/dcat\\.ttl|datapackage\\.json)',
        headers: [{ key: 'Content-Security-Policy', value: resourceCsp }],
      },
    ];
  },
};

export default nextConfig;
