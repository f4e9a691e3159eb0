import { getCatalog } from '@/lib/content/catalog';
import type { Massnahme } from '@/lib/content/types';
import { lookups } from '@/lib/queries';

export const richtungLabel: Record<string, string> = {
  innen: 'Für Beschäftigte',
  aussen: 'Für Bürger*innen',
};
export const richtungLong: Record<string, string> = {
  innen: 'Nach innen gerichtet (für Beschäftigte der Stadtverwaltung)',
  aussen: 'Nach außen gerichtet (für Bürger*innen)',
};

export function NeuBadge() {
  return <span className="inline-block rounded-sm bg-neu px-2 py-0.5 text-sm font-bold text-white">Neu</span>;
}

/** Sections, "neu" and direction of a measure as a list of labels (text, not colour, carries the meaning). */
export function MassnahmeBadges({
  massnahme,
}: {
  massnahme: Pick<Massnahme, 'dimensionen' | 'neu' | 'richtung'>;
}) {
  const l = lookups(getCatalog());
  return (
    <ul className="flex flex-wrap gap-2 text-sm" aria-label="Merkmale">
      {massnahme.neu && (
        <li>
          <NeuBadge />
        </li>
      )}
      {massnahme.dimensionen.map((d) => (
        <li key={d} className="rounded-sm border border-brand px-2 py-0.5 text-brand">
          {l.dimension.get(d)?.kurztitel ?? d}
        </li>
      ))}
      {massnahme.richtung.map((r) => (
        <li key={r} className="rounded-sm bg-soft px-2 py-0.5">
          {richtungLabel[r] ?? r}
        </li>
      ))}
    </ul>
  );
}
