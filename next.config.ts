import type { NextConfig } from 'next';
import { resourceCsp, securityHeaders } from './lib/security-headers';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Hashing every HTML response for an ETag costs about a fifth of a prerendered page's CPU
  // (STACK.md); the shared cache in front (deploy/nginx.conf) serves repeat visits instead.
  generateEtags: false,
  // NEXT_OUTPUT=standalone npm run build → a self-contained server (docs/deployment.md).
  ...(process.env.NEXT_OUTPUT === 'standalone' ? { output: 'standalone' as const } : {}),
  reactStrictMode: true,
  // /katalog is the whole brochure on one page; with the 10,000-measure synthetic catalogue of
  // the scale benchmark it needs longer than the default 60 s to prerender (docs/performance.md).
  staticPageGenerationTimeout: 300,
  // Content is read with fixed paths below process.cwd(); see docs/architecture.md.
  outputFileTracingIncludes: { '/**': ['./content/**/*'] },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      {
        source:
          '/:path(api/.*|feed\\.xml|sitemap\\.xml|robots\\.txt|massnahmen\\.csv|schema/.*|aenderungen/feed\\.xml|daten/dcat\\.ttl|datapackage\\.json)',
        headers: [{ key: 'Content-Security-Policy', value: resourceCsp }],
      },
    ];
  },
};

export default nextConfig;
