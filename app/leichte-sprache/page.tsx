import { TextPage, textPageMetadata } from '@/components/TextPage';
import { getCatalog } from '@/lib/content/catalog';

export const dynamic = 'force-static';

export const metadata = textPageMetadata(getCatalog(), 'leichte-sprache', '/leichte-sprache');

/**
 * Leichte Sprache: larger type and more line spacing, and no hyphenation at line ends (a rule of
 * Leichte Sprache: `hyphens: none` also ignores the soft hyphens of lib/typography.ts). English
 * words are marked from content/sprachen.yml like everywhere.
 */
export default function LeichteSprachePage() {
  return (
    <TextPage
      catalog={getCatalog()}
      slug="leichte-sprache"
      className="text-xl leading-relaxed [hyphens:none]"
    />
  );
}
