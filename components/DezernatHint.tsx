import type { Catalog } from '@/lib/content/types';

/**
 * What a „Dezernat“ is, for citizens who don't know the word: a short explanation and the
 * units of this Dezernat that the catalogue names (content/fachbereiche.yaml).
 */
export function DezernatHint({ catalog, dezernatId }: { catalog: Catalog; dezernatId: string }) {
  const units = catalog.fachbereiche.filter((f) => f.dezernat === dezernatId).map((f) => f.titel);
  return (
    <span className="mt-1 block text-sm text-muted">
      Ein Dezernat ist ein Geschäftsbereich der Stadtverwaltung, in dem mehrere Fachbereiche und Büros
      zusammenarbeiten.
      {units.length > 0 && ` Im Katalog gehören dazu: ${units.join(', ')}.`}
    </span>
  );
}
