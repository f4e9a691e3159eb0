import type { NextConfig } from 'next';

/** Security headers on every response (pages, 404, API, static assets); the CSP is set per path in proxy.ts. */
const securityHeaders = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  {
    key: 'Permissions-Policy',
    value:
      'accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=(), browsing-topics=(), interest-cohort=()',
  },
];

/** Responses that are not pages (no scripts run) still get a strict policy. */
const staticCsp = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Content is read with fixed paths below process.cwd(); see docs/architecture.md.
  outputFileTracingIncludes: { '/**': ['./content/**/*'] },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      {
        source: '/:path(api/.*|feed\\.xml|sitemap\\.xml|robots\\.txt|massnahmen\\.csv|schema/.*)',
        headers: [{ key: 'Content-Security-Policy', value: staticCsp }],
      },
    ];
  },
};

export default nextConfig;
