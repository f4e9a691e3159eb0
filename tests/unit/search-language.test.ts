import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/loader';
import {
  baseOfFeminine,
  Decompounder,
  editDistance,
  germanTerm,
  maxQueryLength,
  normaliseGender,
  tokenize,
} from '@/lib/search';

describe('Genderformen', () => {
  it.each([
    'Kolleg*innen',
    'Kolleg:innen',
    'Kolleg_innen',
    'Kolleg/-innen',
    'Kolleg/innen',
    'KollegInnen',
    'Kolleg*in',
    'Kolleginnen',
    'Kollegin',
    'Kollegen',
  ])('„%s“ ergibt denselben Begriff wie „Kollege“', (form) => {
    expect(tokenize(form).map(germanTerm)).toEqual([germanTerm('Kollege')]);
  });

  it('lässt kein einzelnes „innen“ übrig', () => {
    expect(tokenize('Bürger*innen, Mitarbeiter:innen und Träger_innen')).toEqual([
      'Bürger',
      'Mitarbeiter',
      'und',
      'Träger',
    ]);
    expect(normaliseGender('MitarbeiterInnen')).toBe('Mitarbeiter');
  });

  it('„Kolleginnen und Kollegen“ ist ein Begriff', () => {
    const terms = tokenize('Kolleginnen und Kollegen').map(germanTerm).filter(Boolean);
    expect(new Set(terms).size).toBe(1);
  });

  it.each(['Termin', 'Medizin', 'Berlin', 'beginnen', 'innen', 'Disziplin', 'gewinnen', 'Benzin'])(
    'lässt „%s“ unverändert (kein Genderwort)',
    (word) => {
      expect(baseOfFeminine(word.toLowerCase())).toBe(word.toLowerCase());
      expect(tokenize(word)).toEqual([word]);
    },
  );

  it('ändert Wörter mit Großbuchstaben mitten im Wort nur vor „In“/„Innen“ am Wortende', () => {
    expect(tokenize('ToleranzRäume LSBTIQ* InKraft')).toEqual(['ToleranzRäume', 'LSBTIQ', 'InKraft']);
  });

  it('bleibt bei langen Eingaben linear (kein Rückverfolgen)', () => {
    const long = `${'a*'.repeat(20_000)}innen`;
    const start = performance.now();
    normaliseGender(long);
    expect(performance.now() - start).toBeLessThan(200);
  });
});

describe('Zerlegung zusammengesetzter Wörter', () => {
  const words = [
    'Cyber',
    'Mobbing',
    'Wohnraum',
    'suchen',
    'Beirat',
    'Beratung',
    'Stellen',
    'Senioren',
    'Rente',
  ];
  const parts = new Decompounder(words);

  it('zerlegt, wenn Anfang und Ende bekannte Wörter sind', () => {
    expect(parts.split('cybermobbing')).toEqual(['cyber', 'mobbing']);
    expect(parts.split('wohnraumsuche')).toEqual(['wohnraum', 'suche']);
  });

  const stems = (word: string) => parts.split(word).map(germanTerm);

  it('erkennt Fugen-s und -n', () => {
    expect(stems('beratungsstellen')).toEqual([germanTerm('Beratung'), germanTerm('Stellen')]);
    expect(stems('seniorenbeirat')).toEqual([germanTerm('Senioren'), germanTerm('Beirat')]);
  });

  it('zerlegt auch den zusammengesetzten Kopf', () => {
    expect(stems('seniorenberatungsstellen')).toEqual(
      expect.arrayContaining(['Senioren', 'Beratungsstellen', 'Beratung', 'Stellen'].map(germanTerm)),
    );
  });

  it('findet kein Wort, das in einem fremden Wort versteckt ist', () => {
    // „transparente“ ends in „rente“, but „transpa“ is no word.
    expect(parts.split('transparente')).toEqual([]);
    expect(parts.split('mobbing')).toEqual([]);
  });

  it('nimmt einen langen bekannten Kopf auch hinter einem unbekannten Anfang', () => {
    expect(parts.split('schulmobbing')).toEqual(['mobbing']);
    // A short head (< 7 letters) behind an unknown start is not split off.
    expect(parts.split('klassenbeirat')).toEqual([]);
  });

  it('zerlegt keine überlangen Wörter (begrenzte Arbeit je Wort)', () => {
    expect(parts.split(`${'cyber'.repeat(20)}mobbing`)).toEqual([]);
  });
});

describe('Hilfsfunktionen', () => {
  it('editDistance zählt Einfügen, Löschen, Ersetzen und bricht früh ab', () => {
    expect(editDistance('gesundheit', 'gesundhiet', 2)).toBe(2);
    expect(editDistance('rente', 'mente', 2)).toBe(1);
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3);
  });

  it('kürzt überlange Anfragen', () => {
    expect(maxQueryLength).toBeGreaterThan(50);
  });
});

describe('Suchbegriffe (content/suchbegriffe.yml)', () => {
  const fixtures = path.join(__dirname, '..', 'fixtures');
  const load = (overlay?: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'suchbegriffe-'));
    fs.cpSync(path.join(fixtures, 'content'), dir, { recursive: true });
    if (overlay) fs.cpSync(path.join(fixtures, 'kaputt', overlay), dir, { recursive: true });
    try {
      return loadContent(dir);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };

  it('ist optional', () => {
    const { catalog, problems } = load();
    expect(problems).toEqual([]);
    expect(catalog?.suchbegriffe).toEqual([]);
  });

  it('meldet Fehler auf Deutsch mit Datei und Zeile', () => {
    const { catalog, problems } = load('suchbegriffe-fehler');
    expect(catalog).toBeNull();
    const mine = problems.filter((p) => p.file === 'content/suchbegriffe.yml');
    expect(mine.every((p) => p.line !== undefined && p.line >= 3)).toBe(true);
    expect(mine).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          line: 3,
          message: expect.stringMatching(/Mindestens zwei gleichbedeutende/),
        }),
        expect.objectContaining({
          line: 4,
          message: expect.stringMatching(/„suche“ und „findet“ gehören zusammen/),
        }),
        expect.objectContaining({
          line: 5,
          field: 'synonym',
          message: expect.stringMatching(/Unbekanntes Feld/),
        }),
      ]),
    );
  });

  it('der gepflegte Katalog hat eine gültige Liste', () => {
    const { problems } = loadContent(path.join(__dirname, '..', '..', 'content'));
    expect(problems.filter((p) => p.file === 'content/suchbegriffe.yml')).toEqual([]);
  });
});
