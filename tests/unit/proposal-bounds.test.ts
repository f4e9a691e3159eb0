import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent, sectionHeading } from '@/lib/content/loader';
import type { Catalog } from '@/lib/content/types';
import { csvField } from '@/lib/export';
import { listing } from '@/lib/listing';
import { markdownBounds, markdownShapeProblem } from '@/lib/markdown';
import { checkProposal, emptyProposal, type ProposalValues, proposalLimits } from '@/lib/proposal';

const loaded = loadContent(path.resolve('tests/fixtures/content'));
if (!loaded.catalog) throw new Error(`Fixture-Katalog ungültig: ${JSON.stringify(loaded.problems)}`);
const catalog: Catalog = loaded.catalog;
const model = catalog.massnahmen[0];
if (!model) throw new Error('Fixture-Katalog ohne Maßnahme');

/** A valid proposal built from the fixture catalogue's first measure (new title, same vocabulary). */
const good: ProposalValues = {
  ...emptyProposal,
  titel: 'Ganz neue Testmaßnahme',
  dimensionen: [...model.dimensionen],
  dezernat: model.dezernat,
  fachbereich: model.fachbereiche[0] ?? '',
  verantwortlich: 'Eine Stelle',
  richtung: [...model.richtung],
  zielgruppen: [...model.zielgruppen],
  angebotsart: [...model.angebotsart],
  beschreibung: 'Ein Treffpunkt für Bürger*innen.\n\n- Austausch\n- Beratung\n\n> Ein Zitat',
  ziele: 'Ziele *mit* Betonung.',
};

/** Median of three runs in ms (the machine running the tests may be busy). */
function medianMs(run: () => void): number {
  const times = [0, 1, 2].map(() => {
    const started = performance.now();
    run();
    return performance.now() - started;
  });
  return times.sort((a, b) => a - b)[1] ?? 0;
}

/** Fills a text with ordinary words up to the form's limit. */
const fill = (start: string) =>
  (start + ' Wort'.repeat(proposalLimits.beschreibung)).slice(0, proposalLimits.beschreibung);

/** The inputs of the security test (issue 14), each answered by the form. */
const hostile: Record<string, string> = {
  'Sterne und Unterstriche, 24 KB': '*_'.repeat(12_000),
  'Sterne und Unterstriche im Limit': '*_'.repeat(3000),
  'Überschrift mit 80.000 Leerzeichen': `## x${' '.repeat(80_000)}y`,
  '„>“ × 6000': '>'.repeat(6000),
  '„- “ × 3000': '- '.repeat(3000),
  'eckige Klammern': '['.repeat(6000),
  Tabellenzeichen: '|'.repeat(6000),
  '900 KB Text': 'a'.repeat(900_000),
  'verschachtelte Liste': Array.from({ length: 80 }, (_, k) => `${'  '.repeat(k)}- x`).join('\n'),
};

/** Accepted inputs at the bounds: the most expensive texts that are still parsed. */
const atBounds: Record<string, string> = {
  Hervorhebungen: fill('*_'.repeat(markdownBounds.delimiters / 2)),
  Klammern: fill('a ['.repeat(markdownBounds.brackets)),
  Tabelle: fill(`| a | b |\n| - | - |\n${'| a | b |\n'.repeat(markdownBounds.pipes / 3 - 2)}\n`),
  Zitate: fill(`${'> '.repeat(markdownBounds.depth)}x\n\n`),
};

describe('Formular: begrenzte Arbeit je Anfrage', () => {
  it('der gültige Vorschlag aus dem Fixture-Katalog ergibt eine Datei', () => {
    const result = checkProposal(catalog, good);
    expect(result.errors).toEqual({});
    expect(result.file?.preview.beschreibungHtml).toContain('<blockquote>');
  });

  for (const [name, text] of Object.entries(hostile)) {
    it(`${name}: deutsche Fehlermeldung, keine Datei, Antwort in < 300 ms, Wert höchstens bis zum Limit zurück`, () => {
      let result = checkProposal(catalog, { ...good, beschreibung: text });
      const ms = medianMs(() => {
        result = checkProposal(catalog, { ...good, beschreibung: text, ziele: text });
      });
      expect(ms).toBeLessThan(300);
      expect(result.file).toBeUndefined();
      expect(result.errors.beschreibung?.join(' ')).toMatch(/Höchstens|Zu tief|Zu viele/);
      expect(result.values.beschreibung.length).toBeLessThanOrEqual(proposalLimits.beschreibung);
    });
  }

  for (const [name, text] of Object.entries(atBounds)) {
    it(`${name} an der Grenze: angenommen und in beiden Feldern in < 300 ms geprüft und gerendert`, () => {
      expect(text.length).toBeLessThanOrEqual(proposalLimits.beschreibung);
      expect(markdownShapeProblem(text)).toBeNull();
      let result = checkProposal(catalog, good);
      const ms = medianMs(() => {
        result = checkProposal(catalog, { ...good, beschreibung: text, ziele: text });
      });
      expect(result.errors).toEqual({});
      expect(result.file).toBeDefined();
      expect(ms).toBeLessThan(300);
    });
  }
});

describe('Form der Markdown-Texte', () => {
  it('lässt gewöhnliche Texte durch', () => {
    for (const text of [
      good.beschreibung,
      good.ziele,
      'Kolleg*innen und Bürger*innen',
      '1. eins\n2. zwei\n   - drei',
    ]) {
      expect(markdownShapeProblem(text)).toBeNull();
    }
  });

  it('begrenzt die Verschachtelung, auch über Einrückung', () => {
    const deep = `${'> '.repeat(markdownBounds.depth + 1)}x`;
    expect(markdownShapeProblem(deep)).toMatch(/Zu tief verschachtelt/);
    expect(markdownShapeProblem(`${'- '.repeat(markdownBounds.depth + 1)}x`)).toMatch(/Zu tief/);
    expect(markdownShapeProblem(`${'1. '.repeat(markdownBounds.depth + 1)}x`)).toMatch(/Zu tief/);
    expect(markdownShapeProblem(`${' '.repeat(4 * markdownBounds.depth)}- x`)).toMatch(/Zu tief/);
    // Indented code alone is no nesting.
    expect(markdownShapeProblem(`${' '.repeat(40)}code`)).toBeNull();
  });

  it('begrenzt Formatierungszeichen, Klammern und Tabellenzeichen', () => {
    expect(markdownShapeProblem('*'.repeat(markdownBounds.delimiters))).toBeNull();
    expect(markdownShapeProblem('*'.repeat(markdownBounds.delimiters + 1))).toMatch(/Formatierungszeichen/);
    expect(markdownShapeProblem('['.repeat(markdownBounds.brackets + 1))).toMatch(/Klammern/);
    expect(markdownShapeProblem('<'.repeat(markdownBounds.brackets + 1))).toMatch(/Klammern/);
    expect(markdownShapeProblem('|'.repeat(markdownBounds.pipes + 1))).toMatch(/„\|“/);
  });

  it('prüft in linearer Zeit (1 MB in < 300 ms)', () => {
    const big = 'Wort '.repeat(200_000);
    expect(medianMs(() => markdownShapeProblem(big))).toBeLessThan(300);
  });
});

describe('Abschnittsüberschriften', () => {
  it('erkennt „## Titel“ wie bisher', () => {
    expect(sectionHeading('## Beschreibung')).toBe('Beschreibung');
    expect(sectionHeading('##   Ziele und Zielgruppen  ')).toBe('Ziele und Zielgruppen');
    expect(sectionHeading('##\tVerantwortung')).toBe('Verantwortung');
    expect(sectionHeading('### Drei')).toBeNull();
    expect(sectionHeading('##Ohne')).toBeNull();
    expect(sectionHeading('## ')).toBeNull();
    expect(sectionHeading('Text ## x')).toBeNull();
  });

  it('braucht für 80.000 Leerzeichen keine merkliche Zeit', () => {
    const line = `## x${' '.repeat(80_000)}y`;
    expect(medianMs(() => sectionHeading(line))).toBeLessThan(20);
    expect(sectionHeading(line)).toBe(`x${' '.repeat(80_000)}y`);
  });
});

describe('Kleinere Befunde', () => {
  it('CSV: Zellen, die eine Tabellenkalkulation als Formel liest, beginnen mit einem Apostroph', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvField(`${start}2+3+cmd|' /C calc'!A0`)).toBe(`"'${start}2+3+cmd|' /C calc'!A0"`);
    }
    expect(csvField('Beratung')).toBe('"Beratung"');
    expect(csvField('a "b"')).toBe('"a ""b"""');
  });

  it('Sortierung: nur eigene Schlüssel der erlaubten Werte, keine geerbten', () => {
    for (const sort of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const result = listing(catalog, new URLSearchParams({ sort }));
      expect(result.sort).toBe('katalog');
      expect(result.problems.map((p) => p.param)).toContain('sort');
    }
    expect(listing(catalog, new URLSearchParams({ sort: 'titel' })).problems).toEqual([]);
  });
});
