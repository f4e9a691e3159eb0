import { MainNav } from '@/components/MainNav';

export { mainNavigation } from '@/lib/navigation';

/** The city's own site; its coat of arms joins the wordmark once the city supplies the file. */
export const cityUrl = 'https://www.herne.de/';

export function SiteHeader() {
  return (
    <header className="bg-brand text-white">
      {/* Service bar: the city's wordmark (to herne.de) and Leichte Sprache, in the same order on every screen. */}
      <div className="bg-brand-dark">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-1 px-4 py-1.5 text-sm">
          <a href={cityUrl} className="header-link font-bold tracking-wide">
            Stadt Herne
          </a>
          <a href="/leichte-sprache" className="header-link">
            Leichte Sprache
          </a>
        </div>
      </div>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-8 gap-y-3 px-4 py-4">
        <a href="/" className="header-link no-underline!">
          <span className="block text-xl font-bold leading-tight">Vielfalt in Herne</span>
          <span className="block text-sm">
            <span lang="en">Diversity</span>-Maßnahmenkatalog der Stadt Herne
          </span>
        </a>
        <MainNav />
      </div>
    </header>
  );
}
