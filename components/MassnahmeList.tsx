import Link from 'next/link';
import type { ReactNode } from 'react';
import { getCatalog } from '@/lib/content/catalog';
import type { Massnahme } from '@/lib/content/types';
import { lookups } from '@/lib/queries';
import { MassnahmeBadges } from './Badges';

type Item = Pick<
  Massnahme,
  'slug' | 'titel' | 'dimensionen' | 'neu' | 'richtung' | 'fachbereiche' | 'auszug'
>;

/** Result list of measures: title, badges, leading unit, first sentence (or a search excerpt). */
export function MassnahmeList({
  items,
  headingLevel = 3,
  excerpt,
  title,
}: {
  items: readonly Item[];
  headingLevel?: 2 | 3 | 4;
  /** Replaces the first sentence, e.g. by a highlighted search excerpt. */
  excerpt?: (m: Item) => ReactNode;
  /** Replaces the plain title, e.g. by a highlighted one. */
  title?: (m: Item) => ReactNode;
}) {
  const l = lookups(getCatalog());
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="divide-y divide-line border-y border-line">
      {items.map((m) => (
        <li key={m.slug} className="py-4">
          <Heading className="text-lg font-bold">
            <Link href={`/massnahmen/${m.slug}`}>{title ? title(m) : m.titel}</Link>
          </Heading>
          <div className="mt-2">
            <MassnahmeBadges massnahme={m} />
          </div>
          <p className="mt-2 text-muted">
            {m.fachbereiche.map((f) => l.fachbereich.get(f)?.titel ?? f).join(' & ')}
          </p>
          <p className="mt-1 max-w-3xl">{excerpt ? excerpt(m) : m.auszug}</p>
        </li>
      ))}
    </ul>
  );
}
