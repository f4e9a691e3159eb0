/**
 * A plain GET form to /massnahmen: works without JavaScript. The label and an optional
 * hint stand above the field over the full width, so they don't wrap beside the button
 * on phones.
 */
export function SearchBox({
  id = 'suche',
  defaultValue = '',
  label = 'Maßnahmen durchsuchen',
  hint,
}: {
  id?: string;
  defaultValue?: string;
  label?: string;
  hint?: string;
}) {
  const hintId = `${id}-hinweis`;
  return (
    <search>
      <form action="/massnahmen" method="get" className="max-w-2xl">
        <label htmlFor={id} className="block font-bold">
          {label}
        </label>
        {hint && (
          <p id={hintId} className="text-muted">
            {hint}
          </p>
        )}
        <div className="mt-1 flex items-stretch gap-2">
          <input
            id={id}
            name="q"
            type="search"
            defaultValue={defaultValue}
            maxLength={200}
            autoComplete="off"
            aria-describedby={hint ? hintId : undefined}
            className="w-full min-w-0 flex-1 border-2 border-ink px-3 py-2"
          />
          <button type="submit" className="bg-brand px-4 py-2.5 font-bold text-white hover:bg-brand-dark">
            Suchen
          </button>
        </div>
      </form>
    </search>
  );
}
