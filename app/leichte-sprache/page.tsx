import { TextPage, textPageMetadata } from '@/components/TextPage';

export const dynamic = 'force-static';

export const metadata = textPageMetadata('leichte-sprache', '/leichte-sprache');

export default function LeichteSprachePage() {
  return <TextPage slug="leichte-sprache" />;
}
