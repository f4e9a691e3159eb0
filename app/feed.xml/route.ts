import { Feed } from 'feed';
import { sharedCachePolicy } from '@/lib/cache';
import { getCatalog } from '@/lib/content/catalog';
import { absoluteUrl, siteName, standDate } from '@/lib/site';

export const dynamic = 'force-static';

/**
 * The feed library writes title, summary and content as `type="html"` in CDATA sections, so a
 * feed reader parses them as HTML: plain text (titles, excerpts) must be escaped, or a text such
 * as "&lt;img onerror=…&gt;" (inert on the site) would become live markup in the reader.
 */
function textAsHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Sanitised HTML stays HTML; "]]>" would end the CDATA section early (in HTML text `&gt;` is the same). */
function htmlInCdata(html: string): string {
  return html.replace(/]]>/g, ']]&gt;');
}

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
      title: textAsHtml(m.neu ? `Neu: ${m.titel}` : m.titel),
      id: absoluteUrl(`/massnahmen/${m.slug}`),
      link: absoluteUrl(`/massnahmen/${m.slug}`),
      description: textAsHtml(m.auszug),
      content: htmlInCdata(m.beschreibung.html),
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
