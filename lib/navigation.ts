/** Main navigation; order follows what citizens look for first. */
export const mainNavigation = [
  { href: '/massnahmen', label: 'Alle Maßnahmen' },
  { href: '/kontakte', label: 'Anlaufstellen' },
  { href: '/uebersicht', label: 'Zahlen' },
  { href: '/katalog', label: 'Gesamter Katalog' },
  { href: '/ueber', label: 'Über den Katalog' },
] as const;

/**
 * aria-current for a navigation entry: "page" on the entry's own page, "true" on the
 * pages below it (a measure belongs to „Alle Maßnahmen“), otherwise nothing.
 */
export function navCurrent(pathname: string, href: string): 'page' | 'true' | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (path === href) return 'page';
  if (path.startsWith(`${href}/`)) return 'true';
  return undefined;
}
