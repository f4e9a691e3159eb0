import { describe, expect, it } from 'vitest';
import { excerpt, highlight, searchIndex } from '@/lib/search';
import { relevanceCases } from '@/tests/fixtures/search-queries';
import { loadEdition } from '../edition';

// A fixed catalogue: the printed 3rd edition (tests/fixtures/auflage-3), so editors' changes to content/ never break it.
const catalog = loadEdition();
const index = searchIndex(catalog);
const slugs = (query: string) => index.search(query).map((hit) => hit.massnahme.slug);
const marked = (segments: readonly { text: string; mark: boolean }[] | null) =>
  (segments ?? []).filter((s) => s.mark).map((s) => s.text);

describe('Suche: Relevanz', () => {
  it('nutzt nur Maßnahmen, die es im Katalog gibt', () => {
    const known = new Set(catalog.massnahmen.map((m) => m.slug));
    expect(relevanceCases.length).toBeGreaterThanOrEqual(36);
    expect(relevanceCases.filter(([, slug]) => !known.has(slug))).toEqual([]);
    expect(new Set(relevanceCases.map(([query]) => query)).size).toBe(relevanceCases.length);
  });

  it.each(relevanceCases)('„%s“ findet %s unter den ersten drei', (query, slug) => {
    expect(slugs(query).slice(0, 3)).toContain(slug);
  });
});

describe('Suche: Normalisierung', () => {
  it('behandelt Groß-/Kleinschreibung und Umlaute gleich', () => {
    const variants = ['Mädchen', 'mädchen', 'MÄDCHEN', 'maedchen', 'Maedchen', 'Madchen', 'madchen'];
    const [reference, ...rest] = variants.map(slugs);
    expect(reference?.length).toBeGreaterThan(0);
    expect(reference?.[0]).toBe('arbeitskreis-maedchen');
    for (const result of rest) {
      expect(result[0]).toBe(reference?.[0]);
      expect(result).toEqual(reference);
    }
  });

  it('behandelt ß und ss gleich', () => {
    expect(slugs('Wilhelmstrasse')).toEqual(slugs('Wilhelmstraße'));
    expect(slugs('Straßenraum')).toEqual(slugs('Strassenraum'));
    expect(slugs('Straßenraum').length).toBeGreaterThan(0);
  });
});

describe('Suche: Rangfolge', () => {
  it('stellt Treffer im Titel vor Treffer nur im Text („Rassismus“)', () => {
    const hits = index.search('Rassismus');
    const inTitle = (h: (typeof hits)[number]) =>
      /rassismus/i.test(`${h.massnahme.titel} ${h.massnahme.kurztitel ?? ''}`);
    const titleRanks = hits.flatMap((h, i) => (inTitle(h) ? [i] : []));
    const bodyRanks = hits.flatMap((h, i) => (inTitle(h) ? [] : [i]));
    expect(titleRanks.length).toBeGreaterThan(0);
    expect(bodyRanks.length).toBeGreaterThan(0);
    // The body-only measures do contain the word, so they are genuine matches.
    for (const i of bodyRanks) {
      const m = hits[i]?.massnahme;
      expect(`${m?.beschreibung.text} ${m?.ziele.text}`).toMatch(/rassismus/i);
    }
    expect(Math.max(...titleRanks)).toBeLessThan(Math.min(...bodyRanks));
  });
});

describe('Suche: leere Ergebnisse', () => {
  it.each(['', '   ', 'und', 'der die das', 'für die', ' – , . ! '])(
    'liefert für die leere oder Stoppwort-Anfrage „%s“ nichts',
    (query) => {
      expect(index.search(query)).toEqual([]);
    },
  );

  it.each(['xyzzy', 'qwertzuiop', 'zzxxqq'])('liefert für die Unsinnsanfrage „%s“ nichts', (query) => {
    expect(index.search(query)).toEqual([]);
  });
});

describe('Suche: Hervorhebung', () => {
  const text = 'Angebote für Mädchen und Jungen in allen Stadtbezirken';

  it.each(['Mädchen', 'maedchen', 'Madchen'])(
    'highlight markiert „Mädchen“ für die Anfrage „%s“',
    (query) => {
      const terms = index.search(query)[0]?.terms ?? [];
      expect(terms.length).toBeGreaterThan(0);
      const segments = highlight(text, terms);
      expect(segments.map((s) => s.text).join('')).toBe(text);
      expect(marked(segments)).toEqual(['Mädchen']);
      expect(segments.find((s) => s.text.includes('Jungen'))?.mark).toBe(false);
    },
  );

  it('excerpt schneidet um das markierte Wort herum aus', () => {
    const terms = index.search('Mädchen')[0]?.terms ?? [];
    const long = `${'Vorher steht ein längerer Text ohne das gesuchte Wort. '.repeat(6)}${text}. ${'Danach folgt noch mehr Text. '.repeat(10)}`;
    const segments = excerpt(long, terms);
    expect(segments).not.toBeNull();
    expect(marked(segments)).toEqual(['Mädchen']);
    expect(segments?.[0]?.text).toBe('… ');
    expect(segments?.at(-1)?.text).toBe(' …');
    expect(
      excerpt(text, terms)
        ?.map((s) => s.text)
        .join(''),
    ).toBe(text);
  });

  it('excerpt liefert null, wenn kein Wort passt', () => {
    const terms = index.search('Mädchen')[0]?.terms ?? [];
    expect(excerpt('Beratung für Alleinerziehende', terms)).toBeNull();
  });
});
