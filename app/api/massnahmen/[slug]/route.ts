import { getCatalog } from '@/lib/content/catalog';
import { toApiDetail } from '@/lib/export';
import { lookups } from '@/lib/queries';

export const dynamic = 'force-static';

export const dynamicParams = false;

export function generateStaticParams() {
  return getCatalog().massnahmen.map((m) => ({ slug: m.slug }));
}

/** GET /api/massnahmen/<slug>: one measure with its full text (Markdown and HTML). Prerendered. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const catalog = getCatalog();
  const m = lookups(catalog).massnahme.get((await params).slug);
  const headers = { 'Content-Type': 'application/json; charset=utf-8', 'Access-Control-Allow-Origin': '*' };
  if (!m)
    return new Response(JSON.stringify({ fehler: 'Diese Maßnahme gibt es nicht.' }), {
      status: 404,
      headers,
    });
  return new Response(JSON.stringify(toApiDetail(catalog, m)), { status: 200, headers });
}
