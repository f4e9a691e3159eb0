import { type ForeignTerms, noForeignTerms } from '@/lib/typography';
import { Typeset } from './Typeset';

/** The path to the current page. min-w-0: a long title wraps inside the line, never past it (320 px). */
export function Breadcrumbs({
  items,
  terms = noForeignTerms,
}: {
  items: { href?: string; label: string }[];
  /** Expressions in other languages (catalogue.sprachen), marked in the labels. */
  terms?: ForeignTerms;
}) {
  return (
    <nav aria-label="Brotkrümelpfad" className="mb-6 text-sm">
      <ol className="flex flex-wrap gap-x-2">
        {items.map((item, i) => (
          <li key={item.label} className="flex min-w-0 gap-x-2">
            {i > 0 && <span aria-hidden="true">›</span>}
            {item.href ? (
              <a href={item.href} className="min-w-0">
                <Typeset text={item.label} terms={terms} />
              </a>
            ) : (
              <span aria-current="page" className="min-w-0">
                <Typeset text={item.label} terms={terms} />
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
