import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Content is read with fixed paths below process.cwd(); see docs/architecture.md.
  outputFileTracingIncludes: { '/**': ['./content/**/*'] },
};

export default nextConfig;
