import { getCatalog } from '@/lib/content/catalog';
import type { Listing } from '@/lib/listing';
import { filterFormHtml } from '@/lib/markup/filter-form';
import { Markup } from './Markup';

/** The filter form of /massnahmen (lib/markup/filter-form.ts). */
export function FilterForm({ view, className }: { view: Listing; className?: string }) {
  return <Markup className={className} html={filterFormHtml(getCatalog(), view)} />;
}
