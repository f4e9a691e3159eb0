import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCatalog } from '@/lib/content/catalog';
import { loadContent } from '@/lib/content/loader';
import { formatAnnotation, formatProblem } from '@/lib/content/problems';
import { parseYaml } from '@/lib/content/yaml';
import { renderMarkdown } from '@/lib/markdown';
import { withoutSoftHyphens } from '@/lib/typography';
import { type EditionMeasure, editionRoot, readEditionFolder, readEditionList } from '../edition';

const catalog = getCatalog();

/*
 * Brochure fidelity: checked against the printed 3rd edition frozen in tests/fixtures/auflage-3,
 * read tolerantly (YAML only), so editors can change content/ and the schema can grow without
 * touching these tests. See tests/fixtures/auflage-3/README.md.
 */
describe('die 3. Auflage (eingefrorene Kopie der gedruckten Broschüre)', () => {
  const measures = readEditionFolder('massnahmen');
  const list = (m: EditionMeasure, key: string) => (m.fields[key] ?? []) as string[];
  const bySlug = new Map(measures.map((m) => [m.slug, m]));

  it('hat 84 Dateien mit 85 Detailseiten (der Flyer steht in zwei Abschnitten)', () => {
    expect(measures).toHaveLength(84);
    expect(measures.reduce((n, m) => n + list(m, 'dimensionen').length, 0)).toBe(85);
  });

  it('hat je Abschnitt so viele Maßnahmen wie die Broschüre', () => {
    const counts = Object.fromEntries(
      readEditionList('dimensionen.yaml').map((d) => [
        d.slug,
        measures.filter((m) => list(m, 'dimensionen').includes(String(d.slug))).length,
      ]),
    );
    expect(counts).toEqual({
      uebergreifend: 27,
      geschlecht: 23,
      'ethnische-herkunft': 13,
      behinderung: 9,
      alter: 4,
      'sexuelle-identitaet': 8,
      'religion-weltanschauung': 1,
    });
  });

  it('führt nur die Maßnahme „Vielfalt der Geschlechter“ in zwei Abschnitten', () => {
    const multi = measures.filter((m) => list(m, 'dimensionen').length > 1).map((m) => m.slug);
    expect(multi).toEqual(['flyer-vielfalt-der-geschlechter']);
  });

  it('enthält die 9 Anlaufstellen des Anhangs mit wählbarer Telefonnummer', () => {
    const kontakte = readEditionFolder('kontakte');
    expect(kontakte).toHaveLength(9);
    for (const k of kontakte) {
      const { telefon, telefonLink } = k.fields.kontakt as { telefon: string; telefonLink: string };
      expect(`+${telefon.replace(/\D/g, '').replace(/^0/, '49')}`, k.slug).toBe(telefonLink);
    }
  });

  it('repariert die bekannten Fehler der Vorlage', () => {
    const all = measures.map((m) => `${m.fields.titel} ${m.fields.kurztitel ?? ''} ${m.body}`).join('\n');
    expect(all).not.toMatch(/\]\(#\)/);
    expect(all).not.toMatch(/Reaktions- management|Pa- pier|Pu- bertät/);
    expect(bySlug.get('palermos-pottcast')?.fields.neu).toBe(true);
    expect(bySlug.get('umsetzung-des-inklusionsplans')?.fields.neu).toBe(false);
    expect(bySlug.get('partnerschaft-fuer-demokratie')?.fields.dimensionen).toEqual(['uebergreifend']);
    expect(
      measures.find((m) => String(m.fields.titel).startsWith('Workshops „Lebens- und Bildungssituation'))
        ?.fields.neu,
    ).toBe(true);
  });

  it('hat 13 neue Maßnahmen in der 3. Auflage (12 auf ihrer Seite markiert, dazu die Roma-Workshops aus der Tabelle)', () => {
    expect(parseYaml(fs.readFileSync(path.join(editionRoot, 'katalog.yaml'), 'utf8')).data).toMatchObject({
      auflage: 3,
      stand: 'August 2024',
    });
    expect(measures.filter((m) => m.fields.neu === true)).toHaveLength(13);
  });

  it('lädt mit dem aktuellen Schema (sonst: Migration laut README der Kopie)', () => {
    const { problems } = loadContent(editionRoot);
    expect(problems.map(formatProblem)).toEqual([]);
  });
});

/* Invariants of ANY valid catalogue, checked on today's content/. */
describe('der aktuelle Katalog (content/)', () => {
  it('löst jeden Verweis auf', () => {
    const units = new Set(catalog.fachbereiche.map((f) => f.slug));
    const groups = new Set(catalog.zielgruppen.map((z) => z.slug));
    const contacts = new Set(catalog.kontakte.map((k) => k.slug));
    const types = new Set(catalog.angebotsarten.map((a) => a.slug));
    const dezernate = new Set(catalog.dezernate.map((d) => d.id));
    expect(catalog.massnahmen.length).toBeGreaterThan(0);
    for (const m of catalog.massnahmen) {
      expect(dezernate.has(m.dezernat), m.slug).toBe(true);
      for (const f of m.fachbereiche) expect(units.has(f), `${m.slug}: ${f}`).toBe(true);
      for (const z of m.zielgruppen) expect(groups.has(z), `${m.slug}: ${z}`).toBe(true);
      for (const k of m.kontakte ?? []) expect(contacts.has(k), `${m.slug}: ${k}`).toBe(true);
      expect(m.angebotsart.length, m.slug).toBeGreaterThan(0);
      for (const a of m.angebotsart) expect(types.has(a), `${m.slug}: ${a}`).toBe(true);
    }
  });

  it('veröffentlicht jede Datei in content/massnahmen außer Vorlagen genau einmal', () => {
    const files = fs
      .readdirSync(path.join('content', 'massnahmen'))
      .filter((n) => n.endsWith('.md') && !n.startsWith('_'))
      .map((n) => `content/massnahmen/${n}`)
      .sort();
    expect(catalog.massnahmen.map((m) => m.datei).sort()).toEqual(files);
  });
});

describe('Markdown der Inhalte', () => {
  it('rendert Gendersternchen nicht als Hervorhebung', () => {
    const html = withoutSoftHyphens(
      renderMarkdown('Für Bürger*innen und Kolleg*innen, auch Mitarbeiter*innen.').html,
    );
    expect(html).toContain('Bürger*innen');
    expect(html).toContain('Mitarbeiter*innen');
    expect(html).not.toMatch(/<em>/);
  });
});

const fixtures = path.join(__dirname, '..', 'fixtures');

/** Copies the valid fixture catalogue, overlays one broken case and loads it. */
function loadCase(name: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inhalt-'));
  fs.cpSync(path.join(fixtures, 'content'), dir, { recursive: true });
  fs.cpSync(path.join(fixtures, 'kaputt', name), dir, { recursive: true });
  try {
    return loadContent(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('die Prüfung der Inhalte', () => {
  it('akzeptiert den gültigen Beispielkatalog', () => {
    const { catalog: c, problems } = loadContent(path.join(fixtures, 'content'));
    expect(problems).toEqual([]);
    expect(c?.massnahmen.map((m) => m.slug)).toEqual(['zweite-massnahme', 'beispiel-massnahme']);
    expect(c?.massnahmen[1]?.auszug).toBe('Eine Maßnahme, z. B. für Tests.');
  });

  const K = 'content/massnahmen/kaputt.md';
  const cases: [string, { file?: string; line?: number; field?: string; message: RegExp }[]][] = [
    [
      'unbekanntes-feld',
      [
        {
          line: 3,
          field: 'dimension',
          message:
            /^Unbekanntes Feld „dimension“\. Meinten Sie „dimensionen“\? Das Pflichtfeld „dimensionen“ fehlt sonst\.$/,
        },
      ],
    ],
    [
      'falsch-geschriebenes-feld',
      [
        {
          line: 6,
          field: 'dezernant',
          message:
            /^Unbekanntes Feld „dezernant“\. Meinten Sie „dezernat“\? Das Pflichtfeld „dezernat“ fehlt sonst\.$/,
        },
      ],
    ],
    [
      'platzhalter',
      [
        {
          line: 6,
          field: 'dezernat',
          message: /^Platzhalter „<<Dezernat>>“ der Vorlage noch nicht ersetzt\./,
        },
        {
          line: 21,
          message: /^Platzhalter „<<Was ist die Maßnahme\?>>“ der Vorlage im Text noch nicht ersetzt\./,
        },
      ],
    ],
    [
      'tabulator',
      [
        {
          line: 14,
          message:
            /Tabulator zur Einrückung gefunden\. Bitte Leerzeichen verwenden\. Der Tabulator steht in Spalte 1\.$/,
        },
      ],
    ],
    [
      'dezernat-als-zahl',
      [
        {
          line: 6,
          field: 'dezernat',
          message: /^Unbekannter Wert 4\. Meinten Sie „IV“\? Erlaubt: I, III, IV, VI\.$/,
        },
      ],
    ],
    [
      'kopfbereich-offen',
      [
        {
          line: 15,
          message:
            /nicht mit einer Zeile „---“ geschlossen\. Sie gehört vor Zeile 15 \(die erste Leerzeile\)\./,
        },
      ],
    ],
    ['pflichtfeld-fehlt', [{ line: 2, field: 'titel', message: /^Pflichtfeld fehlt\.$/ }]],
    ['falscher-typ', [{ line: 11, field: 'neu', message: /erwartet true oder false, gefunden Text „ja“/ }]],
    [
      'unbekannte-dimension',
      [
        {
          line: 4,
          field: 'dimensionen[0]',
          message:
            /Unbekannter Wert „geschlect“\. Meinten Sie „geschlecht“ \(Geschlecht\)\? Erlaubt: Übergreifende Maßnahmen \(uebergreifend\), Geschlecht \(geschlecht\),/,
        },
      ],
    ],
    [
      'unbekanntes-dezernat',
      [{ line: 5, field: 'dezernat', message: /Unbekannter Wert „II“\..*Erlaubt: I, III, IV, VI\./ }],
    ],
    [
      'unbekannter-fachbereich',
      [
        {
          line: 7,
          field: 'fachbereiche[0]',
          message:
            /„sozial“\. Meinten Sie „soziales“ \(Fachbereich Soziales\)\?.* Fachbereich Soziales \(soziales\),/,
        },
      ],
    ],
    [
      'unbekannte-zielgruppe',
      [{ line: 13, field: 'zielgruppen[0]', message: /Unbekannter Wert „senioren“.*aeltere-menschen/ }],
    ],
    [
      'unbekannter-kontakt',
      [
        {
          line: 15,
          field: 'kontakte[0]',
          message: /Unbekannter Wert „inklusionsbuero“.*Erlaubt: [^,]+ \(beispielstelle\)\./,
        },
      ],
    ],
    [
      'falsches-dezernat',
      [
        {
          line: 7,
          field: 'fachbereiche[0]',
          message:
            /gehört zu Dezernat IV, die Maßnahme steht aber unter Dezernat I\. Passende Fachbereiche für Dezernat I: buero-fuer-gleichstellung-und-vielfalt/,
        },
      ],
    ],
    [
      'doppelter-titel',
      [
        {
          file: 'content/massnahmen/zweite-massnahme.md',
          line: 2,
          field: 'titel',
          message: /Titel „Zweite Maßnahme“ gibt es schon in content\/massnahmen\/kaputt\.md/,
        },
      ],
    ],
    ['leere-beschreibung', [{ field: 'beschreibung', message: /Abschnitt „## Beschreibung“ ist leer/ }]],
    [
      'richtung-leer',
      [
        {
          line: 9,
          field: 'richtung',
          message: /Mindestens eine Richtung angeben: innen und\/oder aussen\. Gefunden: leere Liste/,
        },
      ],
    ],
    [
      'falsche-richtung',
      [{ line: 10, field: 'richtung[0]', message: /Unbekannter Wert „extern“\. Erlaubt: innen, aussen\./ }],
    ],
    ['yaml-syntaxfehler', [{ line: 8, message: /YAML-Syntaxfehler im Kopfbereich: .*Anführungszeichen/ }]],
    [
      'ungueltiger-dateiname',
      [{ file: 'content/massnahmen/Neue Maßnahme.md', message: /Ungültiger Dateiname „Neue Maßnahme\.md“/ }],
    ],
    [
      'unbekannte-ueberschrift',
      [
        { line: 17, field: 'ziele', message: /Abschnitt „## Ziele und Zielgruppen“ fehlt/ },
        { line: 22, message: /Unbekannte Überschrift „## Ziele“\. Erlaubt: „## Beschreibung“/ },
      ],
    ],
    ['fehlender-kopfbereich', [{ line: 1, message: /muss mit einem Kopfbereich beginnen/ }]],
    [
      'ungueltige-url',
      [
        {
          line: 16,
          field: 'links[0].url',
          message: /http:\/\/ oder https:\/\/\. Gefunden: Text „www\.example\.org“/,
        },
      ],
    ],
    [
      'unbekannte-angebotsart',
      [
        {
          line: 15,
          field: 'angebotsart[0]',
          message:
            /^Unbekannter Wert „beratng“\. Meinten Sie „beratung“\? Erlaubt: beratung, treffpunkt-und-gruppe, regelung-und-dienstvereinbarung, information-und-material\.$/,
        },
      ],
    ],
    [
      'angebotsart-leer',
      [
        {
          line: 14,
          field: 'angebotsart',
          message: /^Mindestens eine Angebotsart angeben\. Gefunden: leere Liste\.$/,
        },
      ],
    ],
    ['angebotsart-fehlt', [{ line: 2, field: 'angebotsart', message: /^Pflichtfeld fehlt\.$/ }]],
    ['doppelter-wert', [{ line: 5, field: 'dimensionen[1]', message: /„geschlecht“ steht doppelt/ }]],
    ['crlf-und-bom', [{ line: 11, field: 'neu', message: /gefunden Text „vielleicht“/ }]],
    [
      'vokabular-falsches-dezernat',
      [
        {
          file: 'content/fachbereiche.yaml',
          field: 'recht.dezernat',
          message: /Unbekanntes Dezernat „VII“\. Erlaubt: I, III, IV, VI\./,
        },
      ],
    ],
  ];

  it.each(cases)('meldet den Fehler „%s“ mit Datei, Zeile, Feld und erlaubten Werten', (name, expected) => {
    const { catalog: c, problems } = loadCase(name);
    expect(c).toBeNull();
    expect(problems).toHaveLength(expected.length);
    expected.forEach((e, i) => {
      const p = problems[i];
      expect(p?.file).toBe(e.file ?? K);
      if (e.line !== undefined) expect(p?.line).toBe(e.line);
      expect(p?.field).toBe(e.field);
      expect(p?.message).toMatch(e.message);
    });
  });

  it('formatiert Meldungen für Menschen und als GitHub-Annotation', () => {
    const p = {
      file: K,
      line: 4,
      field: 'dimensionen[0]',
      message: 'Unbekannter Wert „x“. 100% sicher.\nZweite Zeile',
    };
    expect(formatProblem(p)).toBe(
      `${K}:4 – Feld „dimensionen[0]“: Unbekannter Wert „x“. 100% sicher.\nZweite Zeile`,
    );
    expect(formatAnnotation(p)).toBe(
      `::error file=${K},line=4,title=Inhaltsfehler::Feld „dimensionen[0]“: Unbekannter Wert „x“. 100%25 sicher.%0AZweite Zeile`,
    );
  });
});

describe('npm run validate', () => {
  // Three runs of the script in child processes: slow on a busy machine.
  it('gibt in GitHub Actions Annotationen mit Datei und Zeile aus und endet mit Fehlercode', {
    timeout: 180_000,
  }, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'validate-'));
    try {
      fs.cpSync(path.join(fixtures, 'content'), dir, { recursive: true });
      fs.cpSync(path.join(fixtures, 'kaputt', 'unbekannte-dimension'), dir, { recursive: true });
      const run = (env: Record<string, string>) =>
        spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', dir], {
          encoding: 'utf8',
          env: { ...process.env, ...env },
        });
      const gh = run({ GITHUB_ACTIONS: 'true' });
      expect(gh.status).toBe(1);
      expect(gh.stderr).toContain(
        '::error file=content/massnahmen/kaputt.md,line=4,title=Inhaltsfehler::Feld „dimensionen[0]“: Unbekannter Wert „geschlect“. Meinten Sie „geschlecht“ (Geschlecht)?',
      );
      const local = run({ GITHUB_ACTIONS: '' });
      expect(local.stderr).toContain(
        'content/massnahmen/kaputt.md:4 – Feld „dimensionen[0]“: Unbekannter Wert „geschlect“.',
      );
      expect(local.stderr).toContain('1 Fehler im Katalog gefunden.');
      const ok = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts'], {
        encoding: 'utf8',
      });
      expect(ok.status).toBe(0);
      expect(ok.stdout).toMatch(
        new RegExp(
          `^Katalog in Ordnung: ${catalog.massnahmen.length} Maßnahmen, ${catalog.kontakte.length} Anlaufstellen, ${catalog.dimensionen.length} Dimensionen`,
        ),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
