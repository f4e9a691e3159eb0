import { Feed } from 'feed';
import { sharedCachePolicy } from '@/lib/cache';
import { getCatalog } from '@/lib/content/catalog';
import { changeLabel, changesFeedLink, getHistory, latestChangesShown } from '@/lib/history';
import { lookups } from '@/lib/queries';
import { absoluteUrl, siteName, standDate } from '@/lib/site';

export const dynamic = 'force-static';

/**
 * Atom feed of the latest changes to measures (from git, lib/history.ts). Its date is the
 * newest change, or the edition date when no history is available, never the build time.
 */
export function GET() {
  const catalog = getCatalog();
  const { katalog } = catalog;
  const l = lookups(catalog);
  const history = getHistory();
  const changes = history.changes.slice(0, latestChangesShown);
  const newest = changes[0];
  const feed = new Feed({
    title: `${siteName} – Änderungen im Diversity-Maßnahmenkatalog`,
    description: `Neue, geänderte und entfernte Maßnahmen im ${katalog.titel}`,
    id: absoluteUrl('/aenderungen'),
    link: absoluteUrl('/aenderungen'),
    language: 'de',
    updated: newest ? new Date(newest.date) : standDate(katalog.stand),
    generator: siteName,
    copyright: `${katalog.herausgeberin.name}, ${katalog.herausgeberin.stelle}`,
    feedLinks: { atom: absoluteUrl(changesFeedLink.url) },
    author: {
      name: `${katalog.herausgeberin.name} – ${katalog.herausgeberin.stelle}`,
      email: katalog.herausgeberin.email,
    },
  });
  for (const c of changes) {
    const m = l.massnahme.get(c.slug);
    feed.addItem({
      title: `${changeLabel[c.kind]}: ${m?.titel ?? c.slug}`,
      id: absoluteUrl(`/aenderungen#${c.hash}-${c.slug}`),
      link: absoluteUrl(m ? `/massnahmen/${c.slug}` : '/aenderungen'),
      description: c.subject,
      date: new Date(c.date),
    });
  }
  return new Response(feed.atom1(), {
    headers: {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Cache-Control': sharedCachePolicy,
    },
  });
}
