import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getCatalog } from '@/lib/content/catalog';
import { loadContent } from '@/lib/content/loader';
import { fieldReference } from '@/lib/content/reference';
import { slugify, slugMaxLength } from '@/lib/content/scaffold';
import type { Catalog } from '@/lib/content/types';
import {
  checkProposal,
  emptyProposal,
  type ProposalValues,
  readProposal,
  withGithubLink,
} from '@/lib/proposal';
import { linkMaxLength, proposalMailto } from '@/lib/proposal-shared';
import { createMassnahme } from '../../scripts/neu';
import { newEdition } from '../../scripts/neue-auflage';
import { generatedFiles } from '../../scripts/schema';

/** The fixture catalogue: the tests below hold whatever content/ contains. */
const fixtureRoot = path.join(__dirname, '..', 'fixtures', 'content');
const fixture = loadContent(fixtureRoot).catalog as Catalog;
const temps: string[] = [];
/** A temporary copy of the fixture catalogue, with the real template of content/. */
function copyContent(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redaktion-'));
  temps.push(dir);
  fs.cpSync(fixtureRoot, dir, { recursive: true });
  fs.copyFileSync(
    path.resolve('content/massnahmen/_vorlage.md'),
    path.join(dir, 'massnahmen', '_vorlage.md'),
  );
  return dir;
}
afterEach(() => {
  for (const d of temps.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('npm run neu', () => {
  it('bildet Dateinamen nach den Slug-Regeln', () => {
    expect(slugify('Beratung für Väter & Söhne – „Straße“')).toBe('beratung-fuer-vaeter-soehne-strasse');
    expect(slugify('  Éducation  ')).toBe('education');
  });

  it('kürzt lange Titel an einer Wortgrenze, nie mitten im Wort', () => {
    const words = [
      'Beratung',
      'für',
      'Väter',
      'und',
      'Mütter',
      'in',
      'schwierigen',
      'Lebenslagen',
      'mit',
      'Kindern',
      'im',
      'Grundschulalter',
    ];
    const parts = words.map((w) => slugify(w));
    // Every prefix of the title: the slug is the longest run of whole words within slugMaxLength.
    for (let n = 1; n <= words.length; n++) {
      let expected = '';
      for (const part of parts.slice(0, n)) {
        const next = expected ? `${expected}-${part}` : part;
        if (next.length > slugMaxLength) break;
        expected = next;
      }
      expect(slugify(words.slice(0, n).join(' '))).toBe(expected);
    }
    const title = words.join(' ');
    expect(parts.join('-').length).toBeGreaterThan(slugMaxLength);
    expect(slugify(title)).toBe('beratung-fuer-vaeter-und-muetter-in-schwierigen-lebenslagen');
    // Exactly at the limit: nothing is cut.
    const exact = `${'a'.repeat(slugMaxLength - 2)} b`;
    expect(slugify(exact)).toBe(`${'a'.repeat(slugMaxLength - 2)}-b`);
    expect(slugify(`${exact} c`)).toBe(`${'a'.repeat(slugMaxLength - 2)}-b`);
    // One word longer than the limit is cut hard (there is no boundary to cut at).
    expect(slugify('x'.repeat(slugMaxLength + 10))).toBe('x'.repeat(slugMaxLength));
  });

  it('Formular und npm run neu bilden denselben Dateinamen', () => {
    const title = 'Interkulturelle Öffnung der Verwaltung durch Fortbildungen für alle Beschäftigten';
    const root = copyContent();
    const { file } = createMassnahme(root, title);
    expect(path.basename(file)).toBe(`${slugify(title)}.md`);
    expect(checkProposal(fixture, { ...good, titel: title }).file?.name).toBe(`${slugify(title)}.md`);
  });

  it('legt eine Datei aus der Vorlage an: unausgefüllt meldet die Prüfung jeden Platzhalter, ausgefüllt ist sie gültig', () => {
    const root = copyContent();
    const { file } = createMassnahme(root, 'Neue Beratung: für Väter');
    expect(path.basename(file)).toBe('neue-beratung-fuer-vaeter.md');
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('titel: "Neue Beratung: für Väter"');
    expect(text).toContain('## Beschreibung');
    // Unfilled, the template fails with one clear message per placeholder.
    const unfilled = loadContent(root).problems;
    // Placeholders outside comments (the header comment mentions <<…>> itself).
    const placeholders =
      text
        .split('\n')
        .filter((l) => !l.startsWith('#'))
        .join('\n')
        .match(/<<[^<>\n]+>>/g) ?? [];
    expect(placeholders.length).toBeGreaterThanOrEqual(8);
    expect(unfilled).toHaveLength(placeholders.length);
    for (const p of unfilled) {
      expect(p.file).toBe('content/massnahmen/neue-beratung-fuer-vaeter.md');
      expect(p.message).toMatch(/^Platzhalter „<<.+>>“ der Vorlage (im Text )?noch nicht ersetzt\./);
    }
    expect(unfilled.find((p) => p.field === 'dimensionen[0]')?.message).toContain('Geschlecht (geschlecht)');
    // Filled in, it passes.
    const filled = text
      .replace('<<Dimension>>', 'geschlecht')
      .replace('<<Dezernat>>', 'I')
      .replace('<<Fachbereich>>', 'buero-fuer-gleichstellung-und-vielfalt')
      .replace(/<<Wer ist verantwortlich\?[^>]*>>/, 'Büro für Gleichstellung und Vielfalt')
      .replace('<<Richtung>>', 'aussen')
      .replace('<<true oder false>>', 'true')
      .replace('<<Zielgruppe>>', 'maenner-und-jungen')
      .replace('<<Angebotsart>>', 'beratung')
      .replace(/<<Was ist die Maßnahme\?[^>]*>>/, 'Eine Beratung für Väter. Sie findet montags statt.')
      .replace(/<<Was soll erreicht werden[^>]*>>/, 'Väter stärken.');
    fs.writeFileSync(file, filled);
    const { problems, catalog: loaded } = loadContent(root);
    expect(problems).toEqual([]);
    expect(loaded?.massnahmen.find((m) => m.slug === 'neue-beratung-fuer-vaeter')?.auszug).toBe(
      'Eine Beratung für Väter.',
    );
  });

  it('verweigert doppelte Dateien und leere Titel mit deutscher Meldung', () => {
    const root = copyContent();
    expect(() => createMassnahme(root, 'Zweite Maßnahme')).toThrow(/gibt es schon/);
    expect(() => createMassnahme(root, '   ')).toThrow(/Bitte einen Titel angeben/);
  });

  it('die Vorlage selbst wird nicht veröffentlicht', () => {
    expect(fs.existsSync('content/massnahmen/_vorlage.md')).toBe(true);
    expect(getCatalog().massnahmen.some((m) => m.datei.includes('_vorlage'))).toBe(false);
  });
});

describe('Feldreferenz und JSON Schema', () => {
  it('sind aktuell (npm run schema)', () => {
    for (const { file, text } of generatedFiles()) {
      expect(fs.readFileSync(file, 'utf8'), `${file} ist veraltet – npm run schema ausführen`).toBe(text);
    }
  });

  it('nennen jedes Feld und alle erlaubten Werte aus den Wortlisten', () => {
    const catalog = getCatalog();
    const ref = fieldReference(catalog);
    for (const key of [
      'titel',
      'kurztitel',
      'dimensionen',
      'reihenfolge',
      'dezernat',
      'fachbereiche',
      'verantwortlich',
      'richtung',
      'neu',
      'zielgruppen',
      'angebotsart',
      'kontakte',
      'links',
    ]) {
      expect(ref).toContain(`### \`${key}\``);
    }
    for (const f of catalog.fachbereiche) expect(ref).toContain(`\`${f.slug}\` – ${f.titel}`);
    for (const z of catalog.zielgruppen) expect(ref).toContain(`\`${z.slug}\``);
    for (const a of catalog.angebotsarten)
      expect(ref).toContain(`\`${a.slug}\` – ${a.titel}: ${a.beschreibung}`);
    const schema = JSON.parse(fs.readFileSync('public/schema/massnahme.json', 'utf8'));
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'titel',
        'dimensionen',
        'dezernat',
        'fachbereiche',
        'richtung',
        'neu',
        'zielgruppen',
        'angebotsart',
      ]),
    );
    expect(schema.properties.angebotsart.items.enum).toEqual(catalog.angebotsarten.map((a) => a.slug));
    expect(schema.properties.angebotsart.minItems).toBe(1);
    expect(schema.properties.richtung.items.enum).toEqual(['innen', 'aussen']);
  });
});

describe('npm run neue-auflage', () => {
  it('setzt alle „neu“ zurück und trägt Auflage und Stand ein, ohne sonst etwas zu ändern', () => {
    const root = copyContent();
    const file = (slug: string) => path.join(root, 'massnahmen', `${slug}.md`);
    const before = fs.readFileSync(file('beispiel-massnahme'), 'utf8');
    const unchanged = fs.readFileSync(file('zweite-massnahme'), 'utf8');
    const result = newEdition(root, 4, 'August 2025');
    expect(result.reset).toEqual(fixture.massnahmen.filter((m) => m.neu).map((m) => m.slug));
    expect(result.reset).toEqual(['beispiel-massnahme']);
    const after = fs.readFileSync(file('beispiel-massnahme'), 'utf8');
    expect(after).toBe(before.replace(/^neu: true$/m, 'neu: false'));
    expect(fs.readFileSync(file('zweite-massnahme'), 'utf8')).toBe(unchanged);
    const { catalog: loaded, problems } = loadContent(root);
    expect(problems).toEqual([]);
    expect(loaded?.katalog).toMatchObject({ auflage: 4, stand: 'August 2025' });
    expect(loaded?.massnahmen.filter((m) => m.neu)).toHaveLength(0);
  });

  it('prüft die Angaben', () => {
    const root = copyContent();
    expect(() => newEdition(root, 3, 'August 2025')).toThrow(/größer sein als die aktuelle \(3\)/);
    expect(() => newEdition(root, 4, '2025')).toThrow(/Monat und Jahr/);
  });
});

const good: ProposalValues = {
  ...emptyProposal,
  titel: 'Väter-Café',
  dimensionen: ['geschlecht'],
  dezernat: 'I',
  fachbereich: 'buero-fuer-gleichstellung-und-vielfalt',
  verantwortlich: 'Büro für Gleichstellung und Vielfalt',
  richtung: ['aussen'],
  zielgruppen: ['maenner-und-jungen'],
  angebotsart: ['treffpunkt-und-gruppe'],
  beschreibung: 'Ein Treffpunkt.\n\n- Austausch\n- Beratung',
  ziele: 'Väter stärken.',
};

describe('Formular „Neue Maßnahme vorschlagen“', () => {
  it('erzeugt aus gültigen Angaben eine Datei, die die Inhaltsprüfung besteht', () => {
    const result = checkProposal(fixture, good);
    expect(result.errors).toEqual({});
    expect(result.file?.name).toBe('vaeter-cafe.md');
    // „neu“ is not ticked by default: the empty form and an unticked box give neu: false.
    expect(emptyProposal.neu).toBe(false);
    expect(result.file?.markdown).toMatch(/^neu: false$/m);
    expect(checkProposal(fixture, { ...good, neu: true }).file?.markdown).toMatch(/^neu: true$/m);
    const root = copyContent();
    fs.writeFileSync(path.join(root, 'massnahmen', result.file?.name ?? 'x.md'), result.file?.markdown ?? '');
    expect(loadContent(root).problems).toEqual([]);
    expect(result.file?.preview.beschreibungHtml).toContain('<li>Austausch</li>');
  });

  it('meldet fehlende und falsche Angaben je Feld', () => {
    const result = checkProposal(fixture, {
      ...good,
      titel: '',
      dezernat: 'III',
      zielgruppen: ['senioren'],
      richtung: [],
      angebotsart: ['cafe'],
    });
    expect(result.file).toBeUndefined();
    expect(result.errors.titel).toEqual(['Bitte einen Titel eingeben.']);
    expect(result.errors.richtung).toEqual(['Bitte mindestens eine Richtung auswählen.']);
    expect(result.errors.zielgruppen).toEqual([
      'Diese Auswahl gibt es nicht. Bitte einen Eintrag aus der Liste wählen.',
    ]);
    expect(result.errors.angebotsart).toEqual([
      'Diese Auswahl gibt es nicht. Bitte einen Eintrag aus der Liste wählen.',
    ]);
    expect(checkProposal(fixture, { ...good, angebotsart: [] }).errors.angebotsart).toEqual([
      'Bitte mindestens eine Angebotsart auswählen.',
    ]);
    const mismatch = checkProposal(fixture, { ...good, dezernat: 'III' });
    expect(mismatch.errors.fachbereich?.[0]).toMatch(
      /gehört zu Dezernat I, die Maßnahme steht aber unter Dezernat III/,
    );
  });

  it('schreibt Anlaufstellen und Links in die Datei, geprüft wie Inhalte', () => {
    const kontakt = fixture.kontakte[0];
    if (!kontakt) throw new Error('Fixture ohne Anlaufstelle');
    const form = new FormData();
    for (const [k, v] of Object.entries({ ...good, neu: '' }))
      for (const item of Array.isArray(v) ? v : [v]) if (typeof item === 'string') form.append(k, item);
    form.append('kontakte', kontakt.slug);
    form.set('link-titel-1', 'Stadt Herne');
    form.set('link-url-1', 'https://www.herne.de/');
    form.set('link-titel-3', 'Dritter Link');
    form.set('link-url-3', 'https://example.org/seite');
    const values = readProposal(form);
    expect(values.kontakte).toEqual([kontakt.slug]);
    expect(values.links).toEqual([
      { titel: 'Stadt Herne', url: 'https://www.herne.de/' },
      { titel: '', url: '' },
      { titel: 'Dritter Link', url: 'https://example.org/seite' },
    ]);
    const result = checkProposal(fixture, values);
    expect(result.errors).toEqual({});
    const markdown = result.file?.markdown ?? '';
    expect(markdown).toContain(`kontakte:\n  - ${kontakt.slug}\n`);
    expect(markdown).toContain(
      'links:\n  - titel: Stadt Herne\n    url: https://www.herne.de/\n  - titel: Dritter Link',
    );
    const root = copyContent();
    fs.writeFileSync(path.join(root, 'massnahmen', result.file?.name ?? 'x.md'), markdown);
    const loaded = loadContent(root);
    expect(loaded.problems).toEqual([]);
    const m = loaded.catalog?.massnahmen.find((x) => `${x.slug}.md` === result.file?.name);
    expect(m?.kontakte).toEqual([kontakt.slug]);
    expect(m?.links).toHaveLength(2);
  });

  it('meldet unvollständige Links und unbekannte Anlaufstellen, alle auf einmal', () => {
    const result = checkProposal(fixture, {
      ...good,
      kontakte: ['gibt-es-nicht'],
      links: [
        { titel: 'Nur Text', url: '' },
        { titel: '', url: 'https://www.herne.de/' },
        { titel: 'Falsch', url: 'javascript:alert(1)' },
      ],
    });
    expect(result.file).toBeUndefined();
    expect(result.errors.kontakte).toEqual([
      'Diese Auswahl gibt es nicht. Bitte einen Eintrag aus der Liste wählen.',
    ]);
    expect(result.errors.links).toEqual([
      'Link 1: Bitte die Adresse des Links eingeben.',
      'Link 2: Bitte den Text des Links eingeben.',
      'Link 3: Bitte eine vollständige Adresse mit https:// eingeben, z. B. https://www.herne.de/.',
    ]);
  });

  it('bietet den GitHub-Link nur bis etwa 8 KB an, darüber Download und E-Mail mit Hinweis', () => {
    const repo = 'https://github.com/beispiel/katalog';
    const short = withGithubLink(checkProposal(fixture, good), repo);
    const url = short.file?.githubUrl ?? '';
    expect(url.startsWith(`${repo}/new/main/content/massnahmen?filename=vaeter-cafe.md&value=`)).toBe(true);
    expect(new URL(url).searchParams.get('value')).toBe(short.file?.markdown);
    expect(short.file?.githubTooLong).toBeUndefined();
    expect(withGithubLink(checkProposal(fixture, good), undefined).file?.githubUrl).toBeUndefined();
    // Umlauts take 6 characters each in the link: 3,000 of them are far above the limit.
    const long = withGithubLink(checkProposal(fixture, { ...good, beschreibung: 'ä'.repeat(3000) }), repo);
    expect(long.errors).toEqual({});
    expect(long.file?.githubUrl).toBeUndefined();
    expect(long.file?.githubTooLong).toBe(true);
    const file = long.file;
    if (!file) throw new Error('Datei fehlt');
    const mail = proposalMailto('a@b.de', file.preview.titel, file.name, file.markdown);
    expect(mail.length).toBeLessThanOrEqual(linkMaxLength);
    expect(decodeURIComponent(mail)).toContain('Die Datei ist angehängt');
    const shortMail = proposalMailto('a@b.de', 'T', 'vaeter-cafe.md', short.file?.markdown ?? '');
    expect(decodeURIComponent(shortMail)).toContain(short.file?.markdown ?? 'x');
  });

  it('meldet alle Fehler in einer Runde, mit den Bezeichnungen der Auswahllisten statt Codes', () => {
    const lead = fixture.fachbereiche[0];
    const other = fixture.dezernate.find((d) => d.id !== lead?.dezernat);
    if (!lead || !other) throw new Error('Fixture braucht zwei Dezernate');
    // Missing fields, an unknown choice and a lead unit outside the chosen Dezernat, all at once.
    const result = checkProposal(fixture, {
      ...emptyProposal,
      titel: 'Ganz neu',
      dezernat: other.id,
      fachbereich: lead.slug,
      zielgruppen: ['gibt-es-nicht'],
    });
    expect(result.file).toBeUndefined();
    expect(Object.keys(result.errors).sort()).toEqual(
      [
        'angebotsart',
        'beschreibung',
        'dimensionen',
        'fachbereich',
        'richtung',
        'verantwortlich',
        'zielgruppen',
        'ziele',
      ].sort(),
    );
    for (const messages of Object.values(result.errors)) expect(messages).toHaveLength(1);
    const fachbereich = result.errors.fachbereich?.[0] ?? '';
    expect(fachbereich).toContain(`„${lead.titel}“ gehört zu Dezernat ${lead.dezernat}`);
    expect(fachbereich).not.toContain(`„${lead.slug}“`);
    for (const f of fixture.fachbereiche.filter((f) => f.dezernat === other.id))
      expect(fachbereich).toContain(f.titel);
    // A correct submission of the same data has nothing left to report.
    expect(checkProposal(fixture, { ...good, titel: 'Ganz neu' }).errors).toEqual({});
  });

  it('verweigert Titel, die es schon gibt, mit genau einer Meldung', () => {
    for (const m of fixture.massnahmen) {
      expect(checkProposal(fixture, { ...good, titel: m.titel }).errors.titel).toEqual([
        'Eine Maßnahme mit diesem Titel gibt es schon. Bitte einen anderen Titel wählen.',
      ]);
    }
    // A different title with a taken file name.
    const taken = fixture.massnahmen[0];
    if (!taken) throw new Error('Fixture ohne Maßnahme');
    const titel = taken.slug.toUpperCase();
    expect(slugify(titel)).toBe(taken.slug);
    expect(checkProposal(fixture, { ...good, titel }).errors.titel).toEqual([
      `Eine Maßnahme mit dem Dateinamen „${taken.slug}.md“ gibt es schon. Bitte den Titel ändern.`,
    ]);
  });

  it('begrenzt sehr lange Texte', () => {
    const result = checkProposal(fixture, {
      ...good,
      beschreibung: 'x'.repeat(6001),
      titel: 'T'.repeat(201),
    });
    expect(result.errors.beschreibung).toEqual(['Höchstens 6000 Zeichen (jetzt 6001).']);
    expect(result.errors.titel?.[0]).toBe('Höchstens 200 Zeichen (jetzt 201).');
  });

  it('entfernt Steuerzeichen und lässt HTML nur als Text durch', () => {
    const form = new FormData();
    form.set('titel', 'Titel\u0000mit\u0007Steuer\u001bzeichen');
    form.set(
      'beschreibung',
      'Zeile 1\r\nZeile 2\u0000 <script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3))',
    );
    form.append('dimensionen', 'geschlecht');
    const values = readProposal(form);
    expect(values.titel).toBe('Titel mit Steuer zeichen');
    expect(values.beschreibung).toBe(
      'Zeile 1\nZeile 2  <script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3))',
    );
    const result = checkProposal(fixture, { ...good, beschreibung: values.beschreibung });
    const html = result.file?.preview.beschreibungHtml ?? '';
    expect(html).not.toMatch(/<script|<img|onerror|javascript:/i);
    expect(result.file?.markdown).toContain('<script>alert(1)</script>');
  });

  it('erlaubt keine eigenen Überschriften im Text', () => {
    expect(checkProposal(fixture, { ...good, ziele: '## Neue Überschrift\nText' }).errors.ziele?.[0]).toMatch(
      /Überschriften/,
    );
  });
});
