/** A plain GET form to /massnahmen: works without JavaScript. */
export function SearchBox({
  id = 'suche',
  defaultValue = '',
  label = 'Maßnahmen durchsuchen',
}: {
  id?: string;
  defaultValue?: string;
  label?: string;
}) {
  return (
    <search>
      <form action="/massnahmen" method="get" className="flex max-w-2xl flex-wrap items-end gap-2">
        <div className="flex min-w-0 flex-1 flex-col">
          <label htmlFor={id} className="font-bold">
            {label}
          </label>
          <input
            id={id}
            name="q"
            type="search"
            defaultValue={defaultValue}
            maxLength={200}
            autoComplete="off"
            className="mt-1 w-full border-2 border-ink px-3 py-2"
          />
        </div>
        <button type="submit" className="bg-brand px-4 py-2.5 font-bold text-white hover:bg-brand-dark">
          Suchen
        </button>
      </form>
    </search>
  );
}
