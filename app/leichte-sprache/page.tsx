import { TextPage, textPageMetadata } from '@/components/TextPage';
import { getCatalog } from '@/lib/content/catalog';

export const dynamic = 'force-static';

export const metadata = textPageMetadata(getCatalog(), 'leichte-sprache', '/leichte-sprache');

export default function LeichteSprachePage() {
  return <TextPage catalog={getCatalog()} slug="leichte-sprache" />;
}
