import { TextPage, textPageMetadata } from '@/components/TextPage';

export const metadata = textPageMetadata('leichte-sprache', '/leichte-sprache');

/** Leichte Sprache: larger type and more line spacing; the English word is marked as English. */
export default function LeichteSprachePage() {
  return <TextPage slug="leichte-sprache" className="text-xl leading-relaxed" englishTerms={['Diversity']} />;
}
