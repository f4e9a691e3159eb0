import { sharedCachePolicy } from '@/lib/cache';
import { getCatalog } from '@/lib/content/catalog';
import { dcatTurtle } from '@/lib/dcat';
import { getHistory } from '@/lib/history';

export const dynamic = 'force-static';

/** DCAT-AP.de 2.0 metadata of the catalogue for open-data portals (lib/dcat.ts). Prerendered at build time. */
export function GET() {
  return new Response(dcatTurtle(getCatalog(), getHistory()), {
    headers: {
      'Content-Type': 'text/turtle; charset=utf-8',
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': sharedCachePolicy,
    },
  });
}
