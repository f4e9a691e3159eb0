import { getCatalog } from '@/lib/content/catalog';
import { type ListItem, type ListOptions, massnahmeListHtml } from '@/lib/markup/massnahmen';
import { Markup } from './Markup';

/** Result list of measures: title, badges, leading unit, first sentence (or a search excerpt). */
export function MassnahmeList<T extends ListItem>({
  items,
  ...options
}: { items: readonly T[] } & ListOptions<T>) {
  return <Markup html={massnahmeListHtml(getCatalog(), items, options)} />;
}
