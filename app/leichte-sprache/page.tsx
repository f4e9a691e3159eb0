import { TextPage, textPageMetadata } from '@/components/TextPage';
import { getCatalog } from '@/lib/content/catalog';

export const dynamic = 'force-static';

export const metadata = textPageMetadata(getCatalog(), 'leichte-sprache', '/leichte-sprache');

/** Leichte Sprache: larger type and more line spacing; the English word is marked as English. */
export default function LeichteSprachePage() {
  return (
    <TextPage
      catalog={getCatalog()}
      slug="leichte-sprache"
      className="text-xl leading-relaxed"
      englishTerms={['Diversity']}
    />
  );
}
