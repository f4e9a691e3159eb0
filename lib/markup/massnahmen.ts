/** Markup of measure lists and badges (escaped strings, see lib/html.ts). */

import { richtungLabel } from '@/lib/content/labels';
import type { Catalog, Massnahme } from '@/lib/content/types';
import { type HtmlValue, html, type SafeHtml } from '@/lib/html';
import { lookups } from '@/lib/queries';
import type { Segment } from '@/lib/search';

const neuBadge = html`<span class="inline-block rounded-sm bg-neu px-2 py-0.5 text-sm font-bold text-white">Neu</span>`;

/** Sections, "neu", direction and offer types of a measure as a list of labels (text, not colour, carries the meaning). */
export function badgesHtml(
  catalog: Catalog,
  m: Pick<Massnahme, 'dimensionen' | 'neu' | 'richtung' | 'angebotsart'>,
): SafeHtml {
  const l = lookups(catalog);
  return html`<ul class="flex flex-wrap gap-2 text-sm" aria-label="Merkmale">${m.neu && html`<li>${neuBadge}</li>`}${m.dimensionen.map(
    (d) =>
      html`<li class="rounded-sm border border-brand px-2 py-0.5 text-brand">${l.dimension.get(d)?.kurztitel ?? d}</li>`,
  )}${m.richtung.map((r) => html`<li class="rounded-sm bg-soft px-2 py-0.5">${richtungLabel(r, 'kurz')}</li>`)}${m.angebotsart.map(
    (a) =>
      html`<li class="rounded-sm border border-ink px-2 py-0.5"><span class="sr-only">Angebotsart: </span>${l.angebotsart.get(a)?.titel ?? a}</li>`,
  )}</ul>`;
}

/** Text with the matched words in <mark>. */
export function highlightedHtml(segments: readonly Segment[]): SafeHtml {
  return html`${segments.map((s) => (s.mark ? html`<mark class="bg-focus px-0.5 text-ink">${s.text}</mark>` : s.text))}`;
}

export type ListItem = Pick<
  Massnahme,
  'slug' | 'titel' | 'dimensionen' | 'neu' | 'richtung' | 'angebotsart' | 'fachbereiche' | 'auszug'
>;

export interface ListOptions<T extends ListItem = ListItem> {
  headingLevel?: 2 | 3 | 4;
  /** Replaces the plain title, e.g. by a highlighted one. */
  title?: (m: T) => HtmlValue;
  /** Replaces the first sentence, e.g. by a highlighted search excerpt. */
  excerpt?: (m: T) => HtmlValue;
}

/** Result list of measures: title, badges, leading unit, first sentence (or a search excerpt). */
export function massnahmeListHtml<T extends ListItem>(
  catalog: Catalog,
  items: readonly T[],
  options: ListOptions<T> = {},
): SafeHtml {
  const l = lookups(catalog);
  const h = `h${options.headingLevel ?? 3}`;
  return html`<ul class="divide-y divide-line border-y border-line">${items.map(
    (m) =>
      html`<li class="py-4"><${h} class="text-lg font-bold"><a href="/massnahmen/${m.slug}">${options.title ? options.title(m) : m.titel}</a></${h}><div class="mt-2">${badgesHtml(catalog, m)}</div><p class="mt-2 text-muted">${m.fachbereiche.map((f) => l.fachbereich.get(f)?.titel ?? f).join(' & ')}</p><p class="mt-1 max-w-3xl">${options.excerpt ? options.excerpt(m) : m.auszug}</p></li>`,
  )}</ul>`;
}
