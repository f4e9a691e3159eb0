import { describe, expect, it } from 'vitest';
import { getCatalog } from '@/lib/content/catalog';
import { facetOptions } from '@/lib/filter';
import { escapeHtml, html, trustedHtml } from '@/lib/html';
import { listing } from '@/lib/listing';
import { filterFormHtml } from '@/lib/markup/filter-form';
import { highlightedHtml, massnahmeListHtml } from '@/lib/markup/massnahmen';
import { htmlValidate } from '../html-validate';

const catalog = getCatalog();
const hostile = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' autofocus onfocus='alert(1)",
  '</textarea><svg onload=alert(1)>',
  '&lt;script&gt;',
];

describe('html`…` (lib/html.ts)', () => {
  it('escapes every interpolated text, in content and in attributes', () => {
    for (const text of hostile) {
      const out = html`<p title="${text}">${text}</p>`.value;
      expect(out).not.toMatch(/<(script|img|svg)/);
      expect(out).not.toMatch(/"[^"]*" *on\w+=/);
      expect(out).toBe(`<p title="${escapeHtml(text)}">${escapeHtml(text)}</p>`);
    }
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('keeps markup built by html or marked as trusted, joins lists and drops false, null, undefined', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p>${inner}${trustedHtml('<em>x</em>')}</p>`.value).toBe('<p><b>&lt;i&gt;</b><em>x</em></p>');
    expect(html`<ul>${['a', '<b>'].map((s) => html`<li>${s}</li>`)}</ul>`.value).toBe(
      '<ul><li>a</li><li>&lt;b&gt;</li></ul>',
    );
    expect(html`${false}${null}${undefined}${0}`.value).toBe('0');
  });
});

describe('Markup der Trefferliste und des Filterformulars', () => {
  it('setzt einen feindlichen Suchbegriff nur als Text ins Formular und in die Hervorhebung', async () => {
    for (const q of hostile) {
      const view = listing(catalog, new URLSearchParams({ q }));
      const form = filterFormHtml(catalog, view).value;
      expect(form).toContain(`value="${escapeHtml(view.filter.q)}"`);
      expect(form).not.toMatch(/<(script|img|svg)/);
      expect(highlightedHtml([{ text: q, mark: true }]).value).toBe(
        `<mark class="bg-focus px-0.5 text-ink">${escapeHtml(q)}</mark>`,
      );
    }
  });

  it('ergibt gültiges HTML mit einer Zeile je Treffer, gesetzten Filtern und Zählern', async () => {
    const view = listing(catalog, new URLSearchParams('dimension=geschlecht&richtung=innen&sort=titel'));
    const form = filterFormHtml(catalog, view).value;
    const list = massnahmeListHtml(catalog, view.items).value;
    const report = await htmlValidate.validateString(
      `<!DOCTYPE html><html lang="de"><head><title>x</title></head><body><main>${form}${list}</main></body></html>`,
    );
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    expect(list.match(/<li class="py-4">/g)).toHaveLength(view.items.length);
    expect(form).toMatch(/id="dimension-geschlecht" name="dimension" value="geschlecht" checked/);
    expect(form).toMatch(/id="richtung-innen" name="richtung" value="innen" checked/);
    expect(form).toMatch(/<option value="titel" selected>/);
    for (const o of facetOptions(catalog).zielgruppe) {
      const count = view.counts.zielgruppe.get(o.value) ?? 0;
      expect(form).toContain(`${escapeHtml(o.label)} <span class="text-muted">(${count})</span>`);
    }
    expect(new Set(view.counts.zielgruppe.values()).size).toBeGreaterThan(1);
    for (const m of view.items) expect(list).toContain(`<a href="/massnahmen/${m.slug}">`);
  });
});
