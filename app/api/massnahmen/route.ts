import type { NextRequest } from 'next/server';
import { sharedCachePolicy } from '@/lib/cache';
import { getCatalog } from '@/lib/content/catalog';
import { toApiItem, toApiKontakt } from '@/lib/export';
import { listing } from '@/lib/listing';

export const dynamic = 'force-dynamic';

const headers = {
  'Content-Type': 'application/json; charset=utf-8',
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Cache-Control': sharedCachePolicy,
};

/** GET /api/massnahmen: the same filters and search as /massnahmen, as JSON. */
export function GET(request: NextRequest) {
  const catalog = getCatalog();
  const view = listing(catalog, request.nextUrl.searchParams);
  if (view.problems.length) {
    return new Response(
      JSON.stringify({
        fehler: 'Ungültige Anfrage: Die Adresse enthält ungültige Filterwerte.',
        probleme: view.problems.map((p) => ({ parameter: p.param, wert: p.value, meldung: p.message })),
      }),
      { status: 400, headers },
    );
  }
  const body = {
    gesamt: view.items.length,
    ...(view.ignored.length
      ? { hinweise: view.ignored.map((k) => `Unbekannter Parameter „${k}“ wurde ignoriert.`) }
      : {}),
    massnahmen: view.items.map((m) => toApiItem(catalog, m)),
    // Search only: contact points matching `q`, and a close spelling when nothing matched exactly.
    ...(view.filter.q ? { kontaktstellen: view.kontakte.map(toApiKontakt) } : {}),
    ...(view.vorschlag ? { meintenSie: view.vorschlag } : {}),
  };
  return new Response(JSON.stringify(body), { status: 200, headers });
}

export function OPTIONS() {
  return new Response(null, { status: 204, headers: { ...headers, 'Access-Control-Max-Age': '86400' } });
}
