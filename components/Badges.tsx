import { richtungLabel } from '@/lib/content/labels';
import type { Catalog, Massnahme } from '@/lib/content/types';
import { lookups } from '@/lib/queries';

export type BadgeData = Pick<Massnahme, 'dimensionen' | 'neu' | 'richtung'>;

/** Sections, "neu" and direction of a measure as a list of labels (text, not colour, carries the meaning). */
export function Badges({
  catalog,
  massnahme: m,
  className = '',
}: {
  catalog: Catalog;
  massnahme: BadgeData;
  className?: string;
}) {
  const { dimension } = lookups(catalog);
  return (
    <ul className={`flex flex-wrap gap-2 text-sm${className ? ` ${className}` : ''}`} aria-label="Merkmale">
      {m.neu && (
        <li>
          <span className="inline-block rounded-sm bg-neu px-2 py-0.5 text-sm font-bold text-white">Neu</span>
        </li>
      )}
      {m.dimensionen.map((d) => (
        <li key={d} className="rounded-sm border border-brand px-2 py-0.5 text-brand">
          {dimension.get(d)?.kurztitel ?? d}
        </li>
      ))}
      {m.richtung.map((r) => (
        <li key={r} className="rounded-sm bg-soft px-2 py-0.5">
          {richtungLabel(r, 'kurz')}
        </li>
      ))}
    </ul>
  );
}
