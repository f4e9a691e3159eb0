import { Feed } from 'feed';
import { sharedCachePolicy } from '@/lib/cache';
import { getCatalog } from '@/lib/content/catalog';
import { absoluteUrl, siteName, standDate } from '@/lib/site';

export const dynamic = 'force-static';

/** Atom feed of the catalogue: new measures first, then brochure order. Prerendered at build time. */
export function GET() {
  const { katalog, massnahmen } = getCatalog();
  const updated = standDate(katalog.stand);
  const feed = new Feed({
    title: `${siteName} – Diversity-Maßnahmenkatalog der Stadt Herne`,
    description: `${katalog.titel}, ${katalog.auflage}. Auflage, Stand ${katalog.stand}`,
    id: absoluteUrl('/'),
    link: absoluteUrl('/'),
    language: 'de',
    updated,
    generator: siteName,
    copyright: `${katalog.herausgeberin.name}, ${katalog.herausgeberin.stelle}`,
    feedLinks: { atom: absoluteUrl('/feed.xml') },
    author: {
      name: `${katalog.herausgeberin.name} – ${katalog.herausgeberin.stelle}`,
      email: katalog.herausgeberin.email,
    },
  });
  const ordered = [...massnahmen.filter((m) => m.neu), ...massnahmen.filter((m) => !m.neu)];
  for (const m of ordered) {
    feed.addItem({
      title: m.neu ? `Neu: ${m.titel}` : m.titel,
      id: absoluteUrl(`/massnahmen/${m.slug}`),
      link: absoluteUrl(`/massnahmen/${m.slug}`),
      description: m.auszug,
      content: m.beschreibung.html,
      date: updated,
      category: m.dimensionen.map((d) => ({ name: d, term: d })),
    });
  }
  return new Response(feed.atom1(), {
    headers: {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Cache-Control': sharedCachePolicy,
    },
  });
}
