import Link from 'next/link';

/** Main navigation; order follows what citizens look for first. */
export const mainNavigation = [
  { href: '/massnahmen', label: 'Alle Maßnahmen' },
  { href: '/kontakte', label: 'Anlaufstellen' },
  { href: '/uebersicht', label: 'Zahlen' },
  { href: '/katalog', label: 'Gesamter Katalog' },
  { href: '/ueber', label: 'Über den Katalog' },
] as const;

export function SiteHeader() {
  return (
    <header className="bg-brand text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-8 gap-y-3 px-4 py-4">
        <Link href="/" className="text-white! no-underline! hover:underline!">
          <span className="block text-xl font-bold leading-tight">Vielfalt in Herne</span>
          <span className="block text-sm">Diversity-Maßnahmenkatalog der Stadt Herne</span>
        </Link>
        <p className="order-first w-full text-right text-sm md:order-none md:w-auto">
          <Link href="/leichte-sprache" className="text-white!">
            Leichte Sprache
          </Link>
        </p>
        <nav aria-label="Hauptnavigation">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {mainNavigation.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="font-semibold text-white!">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
