import { describe, expect, it } from 'vitest';
import { markdownToHtml, markdownToText, renderMarkdown } from '@/lib/markdown';
import { loadEdition } from '../edition';

describe('renderMarkdown', () => {
  it('gibt für alle Texte des Katalogs dasselbe wie markdownToHtml und markdownToText', () => {
    const catalog = loadEdition(); // the printed 3rd edition, frozen
    const texts = [
      ...catalog.massnahmen.flatMap((m) => [
        m.beschreibung,
        m.ziele,
        ...(m.verantwortung ? [m.verantwortung] : []),
      ]),
      ...catalog.kontakte.map((k) => k.beschreibung),
      ...[...catalog.seiten.values()].map((s) => s.inhalt),
    ].map((part) => part.markdown);
    texts.push(
      'Fußnote[^1] und *Betonung*, Bürger*innen, `Code`.\n\n[^1]: Die Anmerkung.',
      '| a | b |\n|---|---|\n| 1 | 2 |\n\n- Liste\n- [ ] Aufgabe\n\n> Zitat',
      '<script>alert(1)</script> ![Bild](https://example.org/x.png) ![Eigenes](/bild.png) [Link](https://herne.de) www.herne.de',
    );
    expect(texts.length).toBeGreaterThan(150);
    for (const md of texts) {
      expect(renderMarkdown(md)).toEqual({ html: markdownToHtml(md), text: markdownToText(md) });
    }
  });
});

describe('Adressen in Linktexten', () => {
  const split = (local: string, domain: string) =>
    `<span class="nowrap">${local}</span><wbr><span class="nowrap">${domain}</span>`;

  it('trennt eine Adresse als Linktext nur vor dem „@“, nie am Bindestrich', () => {
    expect(markdownToHtml('[info-stelle@example.org](mailto:info-stelle@example.org)')).toBe(
      `<p><a href="mailto:info-stelle@example.org">${split('info-stelle', '@example.org')}</a></p>`,
    );
  });

  it('lässt Linktexte ohne Adresse und andere Links unverändert', () => {
    expect(markdownToHtml('[Schreiben Sie uns](mailto:a-b@example.org)')).toBe(
      '<p><a href="mailto:a-b@example.org">Schreiben Sie uns</a></p>',
    );
    expect(markdownToHtml('[a-b@example.org](https://example.org)')).toContain(
      '<a href="https://example.org" rel="noopener">a-b@example.org</a>',
    );
  });

  it('lässt eine ausgeschriebene Webadresse nur nach „/“ und vor „.“ umbrechen', () => {
    expect(markdownToHtml('[https://www.example.org/a/](https://www.example.org/a/)')).toBe(
      '<p><a href="https://www.example.org/a/" rel="noopener">https://<wbr>www<wbr>.example<wbr>.org/<wbr>a/</a></p>',
    );
  });
});
