'use client';

import { usePathname } from 'next/navigation';
import { mainNavigation, navCurrent } from '@/lib/navigation';

/**
 * The main navigation with the current page marked (aria-current and a visible bar).
 * A client component only for usePathname (the root layout is not told the path): the server
 * renders the same markup, so the mark is there without JavaScript too. Plain <a>, as every
 * link of the site (docs/architecture.md).
 */
export function MainNav() {
  const pathname = usePathname() ?? '/';
  return (
    <nav aria-label="Hauptnavigation">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {mainNavigation.map((item) => (
          <li key={item.href}>
            <a
              href={item.href}
              aria-current={navCurrent(pathname, item.href)}
              className="nav-link font-semibold"
            >
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
