/**
 * One URL per page type, derived from the sitemap (app/sitemap.ts) so that the catalogue
 * can change without touching a test. A page type is a path pattern: "/massnahmen/:slug"
 * for every measure, "/kontakte" for the list of contacts. Of each detail type the page
 * with the longest slug stands for it (a long slug means a long title: the hardest case
 * for line breaks); key states that have no URL of their own in the sitemap follow.
 */
import sitemap from '../../app/sitemap';

export const sitemapPaths = sitemap().map((e) => new URL(e.url).pathname);

function pattern(path: string): string {
  const parts = path.split('/').filter(Boolean);
  return parts.length >= 2 ? `/${parts[0]}/:slug` : path;
}

function representatives(paths: readonly string[]): string[] {
  const byType = new Map<string, string>();
  for (const p of paths) {
    const type = pattern(p);
    const current = byType.get(type);
    if (!current || p.length > current.length) byType.set(type, p);
  }
  return [...byType.values()];
}

/** Every page type of the sitemap, plus a filtered and an empty result list and the 404 page. */
export const pageTypes: string[] = [
  ...representatives(sitemapPaths),
  '/massnahmen?richtung=aussen',
  '/massnahmen?q=xylophonorchester',
  '/gibt-es-nicht',
];
