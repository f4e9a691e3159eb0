import { TextPage, textPageMetadata } from '@/components/TextPage';

export const dynamic = 'force-static';

export const metadata = textPageMetadata('datenschutz', '/datenschutz');

export default function DatenschutzPage() {
  return <TextPage slug="datenschutz" />;
}
