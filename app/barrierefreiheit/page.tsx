import { TextPage, textPageMetadata } from '@/components/TextPage';
import { getCatalog } from '@/lib/content/catalog';

export const dynamic = 'force-static';

export const metadata = textPageMetadata(getCatalog(), 'barrierefreiheit', '/barrierefreiheit');

export default function BarrierefreiheitPage() {
  return <TextPage catalog={getCatalog()} slug="barrierefreiheit" />;
}
