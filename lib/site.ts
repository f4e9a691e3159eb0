/**
 * Site-wide configuration. SITE_URL is the public address of the site (used in the
 * sitemap, the feed, Open Graph tags and the API's `url` fields); set it for
 * production builds, see docs/deployment.md.
 */
export const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
export const siteName = 'Vielfalt in Herne';

export function absoluteUrl(path: string): string {
  return `${siteUrl}${path.startsWith('/') ? path : `/${path}`}`;
}

const months = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];

/** "August 2024" → 2024-08-01 (UTC): the edition date, used where a date per measure is needed. */
export function standDate(stand: string): Date {
  const [month, year] = stand.split(' ');
  const m = months.indexOf(month ?? '');
  return new Date(Date.UTC(Number(year), Math.max(0, m), 1));
}

/** Auto-discovery link of the Atom feed, on every page. */
export const feedLink = { url: '/feed.xml', title: 'Atom-Feed der Maßnahmen' };

/** Title, description, canonical URL, feed link and Open Graph tags of one page. */
export function pageMeta({ title, description, path }: { title: string; description: string; path: string }) {
  return {
    title,
    description,
    alternates: { canonical: path, types: { 'application/atom+xml': [feedLink] } },
    openGraph: {
      title,
      description,
      url: path,
      siteName,
      locale: 'de_DE',
      type: 'website' as const,
    },
  };
}

/**
 * GitHub repository of the catalogue (e.g. https://github.com/<organisation>/<repository>),
 * used by "Auf GitHub anlegen" on /vorschlagen. Set REPOSITORY_URL; without it the link is hidden.
 */
export function repositoryUrl(): string | undefined {
  return process.env.REPOSITORY_URL?.replace(/\/+$/, '') || undefined;
}
