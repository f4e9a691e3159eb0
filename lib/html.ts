/**
 * Escaped HTML strings for the markup of hot, per-request page parts (lib/markup/).
 *
 * Why not JSX there: on a page rendered per request, every React element costs time twice
 * (RSC render, then server-side HTML) and bytes twice (HTML, then the RSC payload). The filter
 * form and the result list of /massnahmen are several hundred static elements with no
 * interactivity; built as one string and inserted with `<Markup>` (components/Markup.tsx)
 * they cost about as much as an empty page (docs/performance.md).
 *
 * Safety: `html` escapes every interpolated value unless it is already `SafeHtml`; the only
 * way to mark a string as trusted is `trustedHtml`, for output of the Markdown sanitiser.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What may be interpolated: text (escaped), markup, lists of either, or nothing. */
export type HtmlValue = SafeHtml | string | number | false | null | undefined | readonly HtmlValue[];

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === false || value === null || value === undefined) return '';
  return escapeHtml(String(value));
}

/** Tagged template: `html\`<p class="x">${text}</p>\`` escapes `text`. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new SafeHtml(out);
}

/** Marks markup that is already safe, e.g. the output of lib/markdown.ts (rehype-sanitize). */
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** A boolean attribute: ` checked` when on, nothing when off. */
export function flag(name: string, on: boolean): SafeHtml {
  return new SafeHtml(on ? ` ${name}` : '');
}
