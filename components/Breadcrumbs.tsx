import Link from 'next/link';

/** The path to the current page. min-w-0: a long title wraps inside the line, never past it (320 px). */
export function Breadcrumbs({ items }: { items: { href?: string; label: string }[] }) {
  return (
    <nav aria-label="Brotkrümelpfad" className="mb-6 text-sm">
      <ol className="flex flex-wrap gap-x-2">
        {items.map((item, i) => (
          <li key={item.label} className="flex min-w-0 gap-x-2">
            {i > 0 && <span aria-hidden="true">›</span>}
            {item.href ? (
              <Link href={item.href} className="min-w-0">
                {item.label}
              </Link>
            ) : (
              <span aria-current="page" className="min-w-0">
                {item.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
