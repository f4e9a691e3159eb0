import type { NextRequest } from 'next/server';
import { sharedCachePolicy } from '@/lib/cache';
import { getCatalog } from '@/lib/content/catalog';
import { toCsv } from '@/lib/export';
import { listing } from '@/lib/listing';

export const dynamic = 'force-dynamic';

/** GET /massnahmen.csv: the filtered view of /massnahmen as CSV for Excel. */
export function GET(request: NextRequest) {
  const catalog = getCatalog();
  const view = listing(catalog, request.nextUrl.searchParams);
  if (view.problems.length) {
    return new Response(`Ungültige Anfrage:\n${view.problems.map((p) => `- ${p.message}`).join('\n')}\n`, {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  return new Response(toCsv(catalog, view.items), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="massnahmen.csv"',
      'Cache-Control': sharedCachePolicy,
    },
  });
}
