import Link from 'next/link';
import { getCatalog } from '@/lib/content/catalog';

/** Service links a German public body's site needs; a page is linked once it exists. */
export const footerLinks = [{ href: '/kontakte', label: 'Kontakt' }] as const;

export function SiteFooter() {
  const { katalog } = getCatalog();
  return (
    <footer className="mt-16 border-t-4 border-brand bg-soft">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 md:grid-cols-2">
        <nav aria-label="Service">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {footerLinks.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="text-sm text-muted md:text-right">
          {katalog.herausgeberin.name} · {katalog.herausgeberin.stelle} · {katalog.auflage}. Auflage, Stand{' '}
          {katalog.stand}
        </p>
      </div>
    </footer>
  );
}
