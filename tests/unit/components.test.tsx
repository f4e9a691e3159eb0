import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ActiveFilters } from '@/components/ActiveFilters';
import { Badges } from '@/components/Badges';
import { EmailAddress } from '@/components/EmailAddress';
import { FilterForm } from '@/components/FilterForm';
import { ByDezernatAndUnit, ByDimension } from '@/components/GroupedMassnahmen';
import { Highlighted } from '@/components/Highlighted';
import { MassnahmeList } from '@/components/MassnahmeList';
import { richtungen, richtungLabels } from '@/lib/content/labels';
import { loadContent } from '@/lib/content/loader';
import type { Catalog } from '@/lib/content/types';
import { facetKeys, facetOptions } from '@/lib/filter';
import { listing } from '@/lib/listing';
import { lookups } from '@/lib/queries';
import { withoutSoftHyphens } from '@/lib/typography';
import { htmlValidate } from '../html-validate';

/** The fixture catalogue: components get their data as props, so any catalogue will do. */
const { catalog: loaded } = loadContent(path.join(__dirname, '..', 'fixtures', 'content'));
if (!loaded) throw new Error('Fixture-Katalog nicht ladbar');
const catalog: Catalog = loaded;

/** Attack strings: each must come out as text, never as markup or an attribute. */
const hostile = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' autofocus onfocus='alert(1)",
  '</textarea><svg onload=alert(1)>',
  '&lt;script&gt;',
];

/**
 * Text of a fragment as read: the five entities React writes decoded (enough to compare text),
 * without the soft hyphens of lib/typography.ts.
 */
function decode(html: string): string {
  return withoutSoftHyphens(html)
    .replace(/<[^>]*>/g, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&amp;', '&');
}

/** Tags of a fragment: React quotes every attribute value and escapes "<", ">" and quotes in it. */
function tags(html: string): { name: string; attrs: Map<string, string> }[] {
  return [...html.matchAll(/<([a-z][a-z0-9]*)([^>]*)>/gi)].map((t) => ({
    name: (t[1] ?? '').toLowerCase(),
    attrs: new Map(
      [...(t[2] ?? '').matchAll(/\s([^\s=/>]+)(?:="([^"]*)")?/g)].map((a) => [a[1] ?? '', a[2] ?? '']),
    ),
  }));
}

/** The attributes of the element with this id. */
function attrsOf(html: string, id: string): Map<string, string> {
  const tag = tags(html).find((t) => t.attrs.get('id') === id);
  if (!tag) throw new Error(`Kein Element mit id="${id}"`);
  return tag.attrs;
}

/** No element or attribute that the attack strings would add. */
function expectNoInjectedMarkup(html: string) {
  for (const t of tags(html)) {
    expect(['script', 'img', 'svg', 'textarea', 'iframe']).not.toContain(t.name);
    for (const name of t.attrs.keys()) expect(name).not.toMatch(/^(on|autofocus|src$)/i);
  }
}

async function expectValid(body: string) {
  const report = await htmlValidate.validateString(
    `<!DOCTYPE html><html lang="de"><head><title>x</title></head><body><main>${body}</main></body></html>`,
  );
  expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
}

const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;

describe('MassnahmeList und Badges', () => {
  it('zeigt je Maßnahme Titel mit Link, Merkmale, Fachbereich und Auszug – gültiges HTML', async () => {
    const items = catalog.massnahmen;
    expect(items.length).toBeGreaterThan(1);
    const html = renderToStaticMarkup(<MassnahmeList catalog={catalog} items={items} headingLevel={2} />);
    await expectValid(html);
    expect(count(html, /<li class="py-4">/g)).toBe(items.length);
    expect(count(html, /<h2 class="text-lg font-bold">/g)).toBe(items.length);
    const l = lookups(catalog);
    for (const m of items) {
      expect(html).toContain(`<a href="/massnahmen/${m.slug}">`);
      expect(decode(html)).toContain(m.titel);
      expect(decode(html)).toContain(m.auszug);
      expect(decode(html)).toContain(m.fachbereiche.map((f) => l.fachbereich.get(f)?.titel).join(' & '));
    }
    expect(count(html, /aria-label="Merkmale"/g)).toBe(items.length);
  });

  it('Merkmale: „Neu“, Kurztitel der Dimensionen, Richtung und Angebotsart als Text', () => {
    const l = lookups(catalog);
    for (const m of catalog.massnahmen) {
      const html = renderToStaticMarkup(<Badges catalog={catalog} massnahme={m} />);
      const items = [...html.matchAll(/<li[^>]*>(.*?)<\/li>/g)].map((x) => decode(x[1] ?? ''));
      expect(items).toEqual([
        ...(m.neu ? ['Neu'] : []),
        ...m.dimensionen.map((d) => l.dimension.get(d)?.kurztitel),
        ...m.richtung.map((r) => richtungLabels[r].kurz),
        ...m.angebotsart.map((a) => `Angebotsart: ${l.angebotsart.get(a)?.titel}`),
      ]);
    }
  });

  it('ersetzt Titel und Auszug auf Wunsch (Suchtreffer) und setzt Treffer in <mark>', () => {
    const [m] = catalog.massnahmen;
    if (!m) throw new Error('Fixture ohne Maßnahme');
    const html = renderToStaticMarkup(
      <MassnahmeList
        catalog={catalog}
        items={[m]}
        title={() => <Highlighted segments={[{ text: 'Titel', mark: true }]} terms={catalog.sprachen} />}
        excerpt={() => (
          <Highlighted
            terms={catalog.sprachen}
            segments={[
              { text: 'vor ', mark: false },
              { text: 'Treffer', mark: true },
            ]}
          />
        )}
      />,
    );
    expect(html).toContain(
      `<a href="/massnahmen/${m.slug}"><mark class="bg-focus px-0.5 text-ink">Titel</mark></a>`,
    );
    expect(html).toContain(
      '<p class="mt-1 max-w-3xl">vor <mark class="bg-focus px-0.5 text-ink">Treffer</mark></p>',
    );
    expect(decode(html)).not.toContain(m.auszug);
  });

  it('gibt feindliche Titel, Auszüge, Kurztitel und Suchtreffer nur als Text aus', () => {
    for (const text of hostile) {
      const hostileCatalog: Catalog = {
        ...catalog,
        dimensionen: catalog.dimensionen.map((d) => ({ ...d, kurztitel: text })),
        fachbereiche: catalog.fachbereiche.map((f) => ({ ...f, titel: text })),
      };
      const items = catalog.massnahmen.map((m) => ({ ...m, titel: text, auszug: text }));
      const list = renderToStaticMarkup(<MassnahmeList catalog={hostileCatalog} items={items} />);
      const mark = renderToStaticMarkup(
        <Highlighted
          terms={catalog.sprachen}
          segments={[
            { text, mark: true },
            { text, mark: false },
          ]}
        />,
      );
      for (const html of [list, mark]) {
        expectNoInjectedMarkup(html);
        expect(decode(html)).toContain(text);
      }
    }
  });
});

describe('FilterForm', () => {
  it('ergibt gültiges HTML mit gesetzten Filtern, Zählern je Option und gewählter Sortierung', async () => {
    const [dim] = catalog.dimensionen;
    if (!dim) throw new Error('Fixture ohne Dimension');
    const view = listing(catalog, new URLSearchParams(`dimension=${dim.slug}&richtung=innen&sort=titel`));
    const html = renderToStaticMarkup(<FilterForm catalog={catalog} view={view} />);
    await expectValid(html);
    const form = tags(html).find((t) => t.name === 'form')?.attrs;
    expect(form?.get('action')).toBe('/massnahmen');
    expect(form?.get('method')).toBe('get');
    const checked = tags(html)
      .filter((t) => t.name === 'input' && t.attrs.has('checked'))
      .map((t) => `${t.attrs.get('name')}=${t.attrs.get('value')}`);
    expect(checked).toEqual([`dimension=${dim.slug}`, 'richtung=innen']);
    expect(attrsOf(html, `dimension-${dim.slug}`).get('type')).toBe('checkbox');
    expect(attrsOf(html, 'richtung-alle').get('type')).toBe('radio');
    const selected = tags(html).filter((t) => t.name === 'option' && t.attrs.has('selected'));
    expect(selected.map((t) => t.attrs.get('value'))).toEqual(['titel']);
    // No "relevanz" sort without a search term.
    expect(html).not.toContain('value="relevanz"');
    const options = facetOptions(catalog);
    for (const key of facetKeys) {
      for (const o of options[key]) {
        const n = view.counts[key].get(o.value) ?? 0;
        expect(decode(html)).toContain(`${o.label} (${n})`);
      }
    }
    for (const r of richtungen) expect(decode(html)).toContain(richtungLabels[r].lang);
    // The long groups (Angebotsart, Zielgruppe, Dezernat, Fachbereich) fold; none of them has a selection here.
    expect(count(html, /<details/g)).toBe(4);
    expect(html).not.toMatch(/<details[^>]* open/);
  });

  it('öffnet eine eingeklappte Gruppe mit Auswahl und nennt die Zahl der gewählten Werte', () => {
    const [z] = catalog.zielgruppen;
    if (!z) throw new Error('Fixture ohne Zielgruppe');
    const view = listing(catalog, new URLSearchParams(`zielgruppe=${z.slug}`));
    const html = renderToStaticMarkup(<FilterForm catalog={catalog} view={view} />);
    expect(count(html, /<details[^>]* open=""/g)).toBe(1);
    expect(html).toContain('(1 ausgewählt)');
    expect(attrsOf(html, 'richtung-alle').has('checked')).toBe(true);
    expect(attrsOf(html, `zielgruppe-${z.slug}`).has('checked')).toBe(true);
  });

  it('setzt einen feindlichen Suchbegriff nur als Text ins Suchfeld', () => {
    for (const q of hostile) {
      const view = listing(catalog, new URLSearchParams({ q }));
      const html = renderToStaticMarkup(<FilterForm catalog={catalog} view={view} />);
      expectNoInjectedMarkup(html);
      expect(decode(attrsOf(html, 'q').get('value') ?? '')).toBe(view.filter.q);
      expect(view.filter.q).toBe(q);
    }
  });
});

describe('Gruppierte Listen und aktive Filter', () => {
  it('ByDimension und ByDezernatAndUnit zeigen jede Maßnahme je Gruppe und gültiges HTML', async () => {
    const all = catalog.massnahmen;
    const byDim = renderToStaticMarkup(<ByDimension catalog={catalog} massnahmen={all} />);
    const byDez = renderToStaticMarkup(<ByDezernatAndUnit catalog={catalog} massnahmen={all} />);
    await expectValid(byDim);
    await expectValid(byDez);
    const dimensionRows = all.reduce((n, m) => n + m.dimensionen.length, 0);
    expect(count(byDim, /<li class="py-4">/g)).toBe(dimensionRows);
    expect(count(byDez, /<h4 class="text-lg font-bold">/g)).toBeGreaterThanOrEqual(all.length);
    for (const m of all) expect(byDez).toContain(`href="/massnahmen/${m.slug}"`);
  });

  it('ActiveFilters nennt jeden Filter mit Beschriftung und Link, der nur ihn entfernt', () => {
    expect(
      renderToStaticMarkup(<ActiveFilters catalog={catalog} filter={listing(catalog, {}).filter} />),
    ).toBe('');
    const view = listing(catalog, new URLSearchParams('richtung=aussen&neu=1'));
    const html = renderToStaticMarkup(<ActiveFilters catalog={catalog} filter={view.filter} />);
    expect(decode(html)).toContain(`Richtung: ${richtungLabels.aussen.lang}`);
    expect(html).toContain('href="/massnahmen?neu=1"');
    expect(html).toContain('href="/massnahmen?richtung=aussen"');
  });
});

describe('EmailAddress', () => {
  it('erlaubt einen Umbruch nur vor dem „@“ und lässt den Text unverändert', () => {
    const html = renderToStaticMarkup(<EmailAddress address="gleich-stellung@example.org" />);
    expect(html).toBe(
      '<span class="nowrap">gleich-stellung</span><wbr/><span class="nowrap">@example.org</span>',
    );
    expect(decode(html)).toBe('gleich-stellung@example.org');
  });

  it('hält eine Zeichenfolge ohne „@“ zusammen', () => {
    expect(renderToStaticMarkup(<EmailAddress address="ohne-at" />)).toBe(
      '<span class="nowrap">ohne-at</span>',
    );
  });
});
