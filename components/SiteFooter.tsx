import type { Catalog } from '@/lib/content/types';

/** Service links a German public body's site needs, on every page. */
export const footerLinks = [
  { href: '/impressum', label: 'Impressum' },
  { href: '/datenschutz', label: 'Datenschutz' },
  { href: '/barrierefreiheit', label: 'Barrierefreiheit' },
  { href: '/leichte-sprache', label: 'Leichte Sprache' },
  { href: '/kontakte', label: 'Anlaufstellen' },
  { href: '/daten', label: 'Daten und Schnittstellen' },
  { href: '/vorschlagen', label: 'Maßnahme vorschlagen' },
] as const;

export function SiteFooter({ katalog }: { katalog: Catalog['katalog'] }) {
  return (
    <footer className="mt-16 border-t-4 border-brand bg-soft">
      <div className="mx-auto grid max-w-6xl grid-cols-1 gap-6 px-4 py-8 md:grid-cols-2">
        <nav aria-label="Service">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {footerLinks.map((item) => (
              <li key={item.href}>
                <a href={item.href}>{item.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <p className="text-sm text-muted md:text-right">
          {katalog.herausgeberin.name} · {katalog.herausgeberin.stelle} · {katalog.auflage}. Auflage,{' '}
          <span className="nowrap">Stand {katalog.stand}</span>
          <br />
          <a href={`mailto:${katalog.herausgeberin.email}?subject=${encodeURIComponent('Barriere melden')}`}>
            Barriere melden
          </a>
        </p>
      </div>
    </footer>
  );
}
