import { describe, expect, it } from 'vitest';
import { getCatalog } from '@/lib/content/catalog';
import type { Catalog } from '@/lib/content/types';
import { buildSearchIndex, type SearchIndex, tokenize } from '@/lib/search';
import { knownWeakCases, relevanceCases } from '@/tests/fixtures/search-queries';

/**
 * The default engine scores with typed arrays over MiniSearch's index; MiniSearch's
 * own search must give exactly the same hits, order, scores and matched terms.
 */

/** A small deterministic pseudo-random generator, so failures can be reproduced. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

/** The catalogue cloned `rounds` times in memory (as bench/generate-catalog.ts does on disk). */
function enlarged(catalog: Catalog, rounds: number): Catalog {
  const massnahmen = catalog.massnahmen.flatMap((m, i) =>
    Array.from({ length: rounds }, (_, r) =>
      r === 0 ? m : { ...m, slug: `${m.slug}-${r + 1}`, titel: `${m.titel} (${r + 1})`, reihenfolge: i + 1 },
    ),
  );
  return { ...catalog, massnahmen };
}

/** Realistic and odd queries: catalogue words, several words, typos, prefixes, numbers. */
function queries(catalog: Catalog, count: number): string[] {
  const rnd = random(7);
  const words = [
    ...new Set(catalog.massnahmen.flatMap((m) => tokenize(`${m.titel} ${m.beschreibung.text}`))),
  ];
  const pick = () => words[Math.floor(rnd() * words.length)] as string;
  const typo = (w: string) => {
    const i = Math.floor(rnd() * w.length);
    return rnd() < 0.5 ? w.slice(0, i) + w.slice(i + 1) : `${w.slice(0, i)}x${w.slice(i)}`;
  };
  const out = [
    ...relevanceCases.map(([q]) => q),
    ...knownWeakCases.map(([q]) => q),
    '2',
    '2024',
    'ab',
    'Beratung 2',
    'der die das',
    'xyzzy',
  ];
  for (let i = 0; i < count; i++) {
    const n = 1 + Math.floor(rnd() * 3);
    const parts = Array.from({ length: n }, () => {
      const w = pick();
      const r = rnd();
      return r < 0.2 ? typo(w) : r < 0.4 ? w.slice(0, Math.max(3, Math.floor(w.length * 0.6))) : w;
    });
    out.push(parts.join(' '));
  }
  return out;
}

function expectSame(fast: SearchIndex, reference: SearchIndex, qs: readonly string[]) {
  for (const q of qs) {
    const got = fast.search(q).map((h) => ({ slug: h.massnahme.slug, score: h.score, terms: h.terms }));
    const want = reference.search(q).map((h) => ({ slug: h.massnahme.slug, score: h.score, terms: h.terms }));
    expect(got, q).toEqual(want);
  }
}

describe('Suche: schnelle Bewertung', () => {
  it('gibt auf dem Katalog dieselben Treffer wie MiniSearch', () => {
    const catalog = getCatalog();
    const fast = buildSearchIndex(catalog);
    const reference = buildSearchIndex(catalog, { engine: 'minisearch' });
    expectSame(fast, reference, queries(catalog, 250));
  });

  it('gibt auf einem vergrößerten Katalog (1.000 Maßnahmen) dieselben Treffer wie MiniSearch', () => {
    const catalog = enlarged(getCatalog(), 12);
    const fast = buildSearchIndex(catalog);
    const reference = buildSearchIndex(catalog, { engine: 'minisearch' });
    expectSame(fast, reference, queries(catalog, 60));
  });
});
