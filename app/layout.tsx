import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { getCatalog } from '@/lib/content/catalog';
import { pageMeta, siteName, siteUrl } from '@/lib/site';
import './globals.css';

const home = pageMeta({
  title: 'Vielfalt in Herne – Diversity-Maßnahmenkatalog',
  description:
    'Alle Maßnahmen der Stadtverwaltung Herne für Vielfalt: Geschlecht, ethnische Herkunft, Behinderung, Alter, sexuelle Identität, Religion und übergreifende Angebote.',
  path: '/',
});

export const metadata: Metadata = {
  ...home,
  metadataBase: new URL(siteUrl),
  title: { default: home.title, template: `%s – ${siteName}` },
  applicationName: siteName,
  formatDetection: { telephone: false },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#1a4480' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="de">
      <body className="flex min-h-screen flex-col">
        <a
          href="#inhalt"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:bg-focus focus:p-3 focus:text-ink!"
        >
          Zum Inhalt springen
        </a>
        <SiteHeader />
        <main
          id="inhalt"
          tabIndex={-1}
          className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none"
        >
          {children}
        </main>
        <SiteFooter katalog={getCatalog().katalog} />
      </body>
    </html>
  );
}
