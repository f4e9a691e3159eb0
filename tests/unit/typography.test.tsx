import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Typeset } from '@/components/Typeset';
import { loadContent } from '@/lib/content/loader';
import { markdownToHtml } from '@/lib/markdown';
import {
  compileForeignTerms,
  hyphenate,
  hyphenateFrom,
  noForeignTerms,
  typeset,
  withoutSoftHyphens,
} from '@/lib/typography';

const shy = '\u00AD';
const terms = compileForeignTerms({ en: ['Gender', 'Gender Mainstreaming', 'Youth for Equality'] });

describe('Silbentrennung', () => {
  it('setzt weiche Trennstriche in lange deutsche Wörter, ohne den Text sonst zu ändern', () => {
    const text = 'Die Datenschutzerklärung der Gleichstellungsbeauftragten, kurz gefasst.';
    const result = hyphenate(text);
    expect(withoutSoftHyphens(result)).toBe(text);
    expect(result).toContain(`Da${shy}ten${shy}schutz${shy}er${shy}klä${shy}rung`);
    // Short words stay whole: they fit every line.
    expect(result).toContain(' kurz gefasst.');
  });

  it('trennt nur Buchstabenfolgen ab der Mindestlänge', () => {
    const short = 'x'.repeat(hyphenateFrom - 1);
    expect(hyphenate(`Bürger*innen ${short}`)).toBe(`Bürger*innen ${short}`);
  });

  it('braucht für lange Eingaben lineare Zeit', () => {
    const long = 'Gesundheitsmanagement '.repeat(2000);
    const started = performance.now();
    expect(withoutSoftHyphens(hyphenate(long))).toBe(long);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('Sprache von Teilen', () => {
  it('markiert Ausdrücke als ganze Wörter, den längsten zuerst, und trennt sie nicht', () => {
    expect(typeset('Gender Mainstreaming und Gendergerechtigkeit', terms)).toEqual([
      { text: 'Gender Mainstreaming', lang: 'en' },
      { text: hyphenate(' und Gendergerechtigkeit') },
    ]);
    expect(typeset('Projekt „Youth for Equality“', terms)).toEqual([
      { text: 'Projekt „' },
      { text: 'Youth for Equality', lang: 'en' },
      { text: '“' },
    ]);
  });

  it('erkennt einen Ausdruck vor einem Bindestrich, nicht aber im zusammengeschriebenen Wort', () => {
    expect(typeset('Gender-Kompetenz', terms)[0]).toEqual({ text: 'Gender', lang: 'en' });
    expect(typeset('Gendergruppen', terms)).toEqual([{ text: hyphenate('Gendergruppen') }]);
  });

  it('ohne Ausdrücke bleibt alles deutsch', () => {
    expect(typeset('Youth for Equality', noForeignTerms)).toEqual([{ text: 'Youth for Equality' }]);
    expect(typeset('', terms)).toEqual([{ text: '' }]);
  });

  it('setzt Markdown und Titel gleich: lang-Attribut und weiche Trennstriche', () => {
    const html = markdownToHtml('Im Projekt Youth for Equality lernen Auszubildende.', terms);
    expect(html).toBe(
      `<p>Im Projekt <span lang="en">Youth for Equality</span> lernen Aus${shy}zu${shy}bil${shy}den${shy}de.</p>`,
    );
    expect(renderToStaticMarkup(<Typeset text="Youth for Equality – Auszubildende" terms={terms} />)).toBe(
      `<span lang="en">Youth for Equality</span> – Aus${shy}zu${shy}bil${shy}den${shy}de`,
    );
  });

  it('lässt Code und ausgeschriebene Adressen unangetastet', () => {
    const html = markdownToHtml(
      '`Gleichstellungsbeauftragte` und <https://gleichstellungsbeauftragte.example>',
      terms,
    );
    expect(html).toContain('<code>Gleichstellungsbeauftragte</code>');
    expect(html).not.toContain(`gleich${shy}`);
  });

  it('meldet Fehler in content/sprachen.yml auf Deutsch mit Datei und Zeile', () => {
    const fixtures = path.join(__dirname, '..', 'fixtures');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sprachen-'));
    fs.cpSync(path.join(fixtures, 'content'), dir, { recursive: true });
    fs.cpSync(path.join(fixtures, 'kaputt', 'sprachen-fehler'), dir, { recursive: true });
    try {
      const { catalog, problems } = loadContent(dir);
      expect(catalog).toBeNull();
      const mine = problems.filter((p) => p.file === 'content/sprachen.yml');
      expect(mine).toEqual([
        expect.objectContaining({ line: 1, message: expect.stringMatching(/ISO 639/) }),
        expect.objectContaining({
          line: 3,
          message: expect.stringMatching(/Deutsch ist die Sprache der Website/),
        }),
        expect.objectContaining({ line: 4, message: expect.stringMatching(/Mindestens einen Ausdruck/) }),
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('markiert im geladenen Katalog die eingetragenen Ausdrücke', () => {
    const { catalog } = loadContent(path.join(__dirname, '..', '..', 'content'));
    const terms = catalog?.sprachen ?? noForeignTerms;
    for (const [term, lang] of terms.langOf) {
      expect(markdownToHtml(`Text mit ${term}.`, terms)).toContain(`<span lang="${lang}">${term}</span>`);
    }
  });
});
