import { sharedCachePolicy } from '@/lib/cache';
import { getCatalog } from '@/lib/content/catalog';
import { dataPackage } from '@/lib/datapackage';

export const dynamic = 'force-static';

/** Frictionless Data Package (v2) describing /massnahmen.csv (lib/datapackage.ts). Prerendered at build time. */
export function GET() {
  return new Response(`${JSON.stringify(dataPackage(getCatalog()), null, 2)}\n`, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': sharedCachePolicy,
    },
  });
}
