import { TextPage, textPageMetadata } from '@/components/TextPage';

export const dynamic = 'force-static';

export const metadata = textPageMetadata('barrierefreiheit', '/barrierefreiheit');

export default function BarrierefreiheitPage() {
  return <TextPage slug="barrierefreiheit" />;
}
