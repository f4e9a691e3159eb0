import type { ReactNode } from 'react';
import type { Catalog, Massnahme } from '@/lib/content/types';
import { lookups } from '@/lib/queries';
import { Badges } from './Badges';
import { Typeset } from './Typeset';

export type ListItem = Pick<
  Massnahme,
  'slug' | 'titel' | 'dimensionen' | 'neu' | 'richtung' | 'angebotsart' | 'fachbereiche' | 'auszug'
>;

export interface MassnahmeListProps<T extends ListItem> {
  catalog: Catalog;
  items: readonly T[];
  headingLevel?: 2 | 3 | 4;
  /** Replaces the plain title, e.g. by a highlighted one. */
  title?: (m: T) => ReactNode;
  /** Replaces the first sentence, e.g. by a highlighted search excerpt. */
  excerpt?: (m: T) => ReactNode;
}

/**
 * Result list of measures: title, badges, leading unit, first sentence (or a search excerpt).
 * Plain <a>, as every link of the site (docs/architecture.md).
 */
export function MassnahmeList<T extends ListItem>({
  catalog,
  items,
  headingLevel = 3,
  title,
  excerpt,
}: MassnahmeListProps<T>) {
  const { fachbereich } = lookups(catalog);
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="divide-y divide-line border-y border-line">
      {items.map((m) => (
        <li key={m.slug} className="py-4">
          <Heading className="text-lg font-bold">
            <a href={`/massnahmen/${m.slug}`}>
              {title ? title(m) : <Typeset text={m.titel} terms={catalog.sprachen} />}
            </a>
          </Heading>
          <Badges catalog={catalog} massnahme={m} className="mt-2" />
          <p className="mt-2 text-muted">
            <Typeset
              text={m.fachbereiche.map((f) => fachbereich.get(f)?.titel ?? f).join(' & ')}
              terms={catalog.sprachen}
            />
          </p>
          <p className="mt-1 max-w-3xl">
            {excerpt ? excerpt(m) : <Typeset text={m.auszug} terms={catalog.sprachen} />}
          </p>
        </li>
      ))}
    </ul>
  );
}
