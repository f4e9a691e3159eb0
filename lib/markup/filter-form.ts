/** Markup of the filter form of /massnahmen (escaped strings, see lib/html.ts). */
import type { Catalog } from '@/lib/content/types';
import { type FacetKey, facetLabels, facetOptions } from '@/lib/filter';
import { flag, html, type SafeHtml } from '@/lib/html';
import { type Listing, sortOptions } from '@/lib/listing';

const checkbox = 'mt-1 size-5 shrink-0 accent-brand';

function option(key: FacetKey, type: 'checkbox' | 'radio', value: string, label: SafeHtml, checked: boolean) {
  const id = `${key}-${value || 'alle'}`;
  return html`<li class="flex gap-2"><input type="${type}" id="${id}" name="${key}" value="${value}"${flag('checked', checked)} class="${checkbox}"/><label for="${id}">${label}</label></li>`;
}

function group(
  catalog: Catalog,
  view: Listing,
  key: FacetKey,
  type: 'checkbox' | 'radio',
  collapsible: boolean,
) {
  const { filter, counts } = view;
  const selected = filter[key];
  const fieldset = html`<fieldset class="mt-2"><legend class="${collapsible ? 'sr-only' : 'text-lg font-bold'}">${facetLabels[key]}</legend><ul class="mt-2 space-y-1.5">${
    type === 'radio' && option(key, type, '', html`Alle`, selected.length === 0)
  }${facetOptions(catalog)[key].map((o) =>
    option(
      key,
      type,
      o.value,
      html`${o.label} <span class="text-muted">(${counts[key].get(o.value) ?? 0})</span>`,
      selected.includes(o.value),
    ),
  )}</ul></fieldset>`;
  if (!collapsible) return html`<div class="border-t border-line pt-4">${fieldset}</div>`;
  return html`<details class="border-t border-line pt-4"${flag('open', selected.length > 0)}><summary class="cursor-pointer text-lg font-bold">${facetLabels[key]}${
    selected.length > 0 && html`<span class="font-normal"> (${selected.length} ausgewählt)</span>`
  }</summary>${fieldset}</details>`;
}

/**
 * The filter form of /massnahmen: a plain GET form (fieldset + legend per group, a submit
 * button), so it works without JavaScript. Each option shows how many results it would give
 * with the other groups' filters applied.
 */
export function filterFormHtml(catalog: Catalog, view: Listing): SafeHtml {
  const { filter } = view;
  const sorts = Object.entries(sortOptions).filter(([value]) => value !== 'relevanz' || filter.q);
  return html`<form action="/massnahmen" method="get" aria-labelledby="filter-titel" class="space-y-4"><h2 id="filter-titel" class="text-xl">Suchen und filtern</h2><div><label for="q" class="block text-lg font-bold">Suchbegriff</label><input id="q" name="q" type="search" value="${filter.q}" maxlength="200" class="mt-1 w-full border-2 border-ink px-3 py-2"/></div>${[
    group(catalog, view, 'dimension', 'checkbox', false),
    group(catalog, view, 'richtung', 'radio', false),
    group(catalog, view, 'angebotsart', 'checkbox', true),
    group(catalog, view, 'zielgruppe', 'checkbox', true),
    group(catalog, view, 'dezernat', 'checkbox', true),
    group(catalog, view, 'fachbereich', 'checkbox', true),
  ]}<div class="flex gap-2 border-t border-line pt-4"><input type="checkbox" id="neu" name="neu" value="1"${flag('checked', filter.neu)} class="${checkbox}"/><label for="neu">Nur neue Maßnahmen <span class="text-muted">(${view.counts.neu})</span></label></div><div class="border-t border-line pt-4"><label for="sort" class="block font-bold">Sortierung</label><select id="sort" name="sort" class="mt-1 w-full border-2 border-ink bg-white px-2 py-2">${sorts.map(
    ([value, label]) =>
      html`<option value="${value}"${flag('selected', value === view.sort)}>${label}</option>`,
  )}</select></div><button type="submit" class="w-full bg-brand px-4 py-3 font-bold text-white hover:bg-brand-dark">Ergebnisse anzeigen</button></form>`;
}
