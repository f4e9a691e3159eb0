import { TextPage, textPageMetadata } from '@/components/TextPage';
import { getCatalog } from '@/lib/content/catalog';

export const dynamic = 'force-static';

export const metadata = textPageMetadata(getCatalog(), 'datenschutz', '/datenschutz');

export default function DatenschutzPage() {
  return <TextPage catalog={getCatalog()} slug="datenschutz" />;
}
