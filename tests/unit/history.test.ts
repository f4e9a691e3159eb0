import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AenderungenView } from '@/app/aenderungen/view';
import { Aenderungsverlauf } from '@/components/Aenderungsverlauf';
import { loadContent } from '@/lib/content/loader';
import type { Catalog } from '@/lib/content/types';
import {
  buildHistory,
  changesSince,
  type Edition,
  germanDate,
  type History,
  isoDay,
  parseEditionTags,
  parseGitLog,
  readHistory,
  slugOfPath,
} from '@/lib/history';
import { tagEdition } from '../../scripts/neue-auflage';

const R = '\x1e';
const U = '\x1f';
const record = (hash: string, date: string, refs: string, subject: string, files: string[]) =>
  `${R}${[hash, date, refs, subject].join(U)}\n\n${files.join('\n')}\n`;
const h = (n: number) => n.toString(16).padStart(40, '0');

describe('slugOfPath', () => {
  it('nimmt nur Maßnahmen-Dateien direkt in content/massnahmen', () => {
    expect(slugOfPath('content/massnahmen/abc-def.md')).toBe('abc-def');
    expect(slugOfPath('content/massnahmen/_vorlage.md')).toBeUndefined();
    expect(slugOfPath('content/massnahmen/unter/x.md')).toBeUndefined();
    expect(slugOfPath('content/massnahmen/readme.txt')).toBeUndefined();
    expect(slugOfPath('content/kontakte/x.md')).toBeUndefined();
  });
});

describe('parseGitLog und buildHistory', () => {
  const log = [
    record(h(4), '2024-05-06T10:00:00+02:00', 'HEAD -> main', 'Zweite gestrichen', [
      'D\tcontent/massnahmen/zwei.md',
    ]),
    record(h(3), '2024-04-02T10:00:00+02:00', 'tag: auflage-3', 'Drei; mit | Zeichen', [
      'A\tcontent/massnahmen/drei.md',
      'M\tcontent/massnahmen/_vorlage.md',
    ]),
    record(h(2), '2024-03-05T00:30:00+01:00', '', 'Kontakt ergänzt', ['M\tcontent/massnahmen/eins.md']),
    record(h(1), '2024-01-10T09:00:00+01:00', '', 'Angelegt', [
      'A\tcontent/massnahmen/eins.md',
      'A\tcontent/massnahmen/zwei.md',
    ]),
  ].join('');

  it('liest Hash, Datum, Betreff und Dateien je Commit', () => {
    const commits = parseGitLog(log);
    expect(commits.map((c) => c.subject)).toEqual([
      'Zweite gestrichen',
      'Drei; mit | Zeichen',
      'Kontakt ergänzt',
      'Angelegt',
    ]);
    expect(commits[1]?.files).toEqual([{ slug: 'drei', kind: 'hinzugefuegt' }]);
    expect(commits.every((c) => !c.grafted)).toBe(true);
  });

  it('überspringt kaputte Einträge statt zu scheitern', () => {
    expect(parseGitLog(`${R}kein-hash${U}kein-datum${U}${U}x\n`)).toEqual([]);
    expect(parseGitLog('')).toEqual([]);
  });

  it('ergibt je Maßnahme das letzte Änderungsdatum und die Einträge, neueste zuerst', () => {
    const history = buildHistory(parseGitLog(log));
    expect(history.shallow).toBe(false);
    const eins = history.measures.get('eins');
    expect(eins?.lastChanged).toBe('2024-03-05T00:30:00+01:00');
    expect(eins?.entries.map((e) => [e.subject, e.kind])).toEqual([
      ['Kontakt ergänzt', 'geaendert'],
      ['Angelegt', 'hinzugefuegt'],
    ]);
    expect(history.measures.get('zwei')?.lastChanged).toBe('2024-05-06T10:00:00+02:00');
    expect(history.changes.map((c) => `${c.slug}:${c.kind}`)).toEqual([
      'zwei:entfernt',
      'drei:hinzugefuegt',
      'eins:geaendert',
      'eins:hinzugefuegt',
      'zwei:hinzugefuegt',
    ]);
  });

  it('nimmt bei einer flachen Kopie den Schnitt nicht als Änderung, sondern als Obergrenze', () => {
    const shallowLog = [
      record(h(9), '2024-06-01T10:00:00+02:00', 'HEAD -> main', 'Eins überarbeitet', [
        'M\tcontent/massnahmen/eins.md',
      ]),
      record(h(8), '2024-05-06T10:00:00+02:00', 'grafted', 'Irgendwas', [
        'A\tcontent/massnahmen/eins.md',
        'A\tcontent/massnahmen/drei.md',
      ]),
    ].join('');
    const history = buildHistory(parseGitLog(shallowLog));
    expect(history.shallow).toBe(true);
    expect(history.measures.get('eins')).toMatchObject({ lastChanged: '2024-06-01T10:00:00+02:00' });
    expect(history.measures.get('eins')?.entries).toHaveLength(1);
    const drei = history.measures.get('drei');
    expect(drei?.lastChanged).toBeUndefined();
    expect(drei?.notAfter).toBe('2024-05-06T10:00:00+02:00');
    expect(history.changes.map((c) => c.slug)).toEqual(['eins']);
  });
});

describe('Auflagen', () => {
  it('liest Auflagen-Tags (auch annotierte) und sortiert die neueste zuerst', () => {
    const out = [
      'auflage-2\t\t2022-01-01T00:00:00+01:00',
      'auflage-10\t2030-01-01T00:00:00+01:00\t2030-01-02T00:00:00+01:00',
      'v1.0\t\t2022-01-01T00:00:00+01:00',
      'auflage-x\t\t2022-01-01T00:00:00+01:00',
    ].join('\n');
    expect(parseEditionTags(out)).toEqual([
      { tag: 'auflage-10', auflage: 10, date: '2030-01-01T00:00:00+01:00' },
      { tag: 'auflage-2', auflage: 2, date: '2022-01-01T00:00:00+01:00' },
    ]);
  });

  it('fasst die Änderungen seit einer Auflage je Maßnahme zusammen', () => {
    const c = (n: number, date: string, files: string[]) => record(h(n), date, '', `c${n}`, files);
    const log = [
      c(6, '2024-06-01T00:00:00Z', ['A\tcontent/massnahmen/wieder.md']),
      c(5, '2024-05-01T00:00:00Z', ['D\tcontent/massnahmen/kurz.md', 'D\tcontent/massnahmen/wieder.md']),
      c(4, '2024-04-01T00:00:00Z', ['A\tcontent/massnahmen/kurz.md', 'M\tcontent/massnahmen/alt.md']),
      c(3, '2024-03-01T00:00:00Z', ['A\tcontent/massnahmen/neu.md', 'D\tcontent/massnahmen/weg.md']),
      c(2, '2024-01-01T00:00:00Z', ['M\tcontent/massnahmen/alt.md']),
      c(1, '2023-01-01T00:00:00Z', [
        'A\tcontent/massnahmen/alt.md',
        'A\tcontent/massnahmen/weg.md',
        'A\tcontent/massnahmen/wieder.md',
      ]),
    ].join('');
    const edition: Edition = { tag: 'auflage-3', auflage: 3, date: '2024-01-01T00:00:00Z' };
    const diff = changesSince(buildHistory(parseGitLog(log), [edition]), edition);
    expect(diff.added).toEqual(['neu']);
    expect(diff.changed).toEqual(['alt', 'wieder']);
    expect(diff.removed).toEqual(['weg']);
  });
});

describe('Datumsformat', () => {
  it('zeigt das Datum in Hernes Zeitzone', () => {
    // 00:30 in Herne is still the previous day in UTC.
    expect(germanDate('2024-03-05T00:30:00+01:00')).toBe('5. März 2024');
    expect(isoDay('2024-03-05T00:30:00+01:00')).toBe('2024-03-05');
    expect(germanDate('2024-07-31T23:30:00Z')).toBe('1. August 2024');
  });
});

describe('Seiten aus einem Test-Repository mit datierten Commits', () => {
  const fixtures = path.join(__dirname, '..', 'fixtures', 'content');
  let repo: string;
  let shallowRepo: string;
  let history: History;
  let catalog: Catalog;

  function git(cwd: string, args: string[], date?: string) {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Test',
        GIT_AUTHOR_EMAIL: 'test@example.org',
        GIT_COMMITTER_NAME: 'Test',
        GIT_COMMITTER_EMAIL: 'test@example.org',
        ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
      },
    });
  }
  const commit = (message: string, date: string) => {
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '--no-gpg-sign', '-m', message], date);
  };

  beforeAll(() => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'verlauf-'));
    repo = path.join(base, 'repo');
    const content = path.join(repo, 'content');
    fs.cpSync(fixtures, content, { recursive: true });
    git(repo, ['init', '-q']);
    commit('Katalog angelegt', '2024-01-10T09:00:00+01:00');
    git(repo, ['tag', 'auflage-3']);
    const beispiel = path.join(content, 'massnahmen', 'beispiel-massnahme.md');
    fs.appendFileSync(beispiel, '\nNoch ein Satz.\n');
    commit('Kontakt ergänzt', '2024-03-05T00:30:00+01:00');
    const zweite = fs.readFileSync(path.join(content, 'massnahmen', 'zweite-massnahme.md'), 'utf8');
    fs.writeFileSync(
      path.join(content, 'massnahmen', 'dritte-massnahme.md'),
      zweite.replace(/^titel: .*$/m, 'titel: Dritte Maßnahme aus dem Test'),
    );
    commit('Dritte Maßnahme aufgenommen', '2024-04-02T10:00:00+02:00');
    fs.rmSync(path.join(content, 'massnahmen', 'zweite-massnahme.md'));
    commit('Zweite Maßnahme gestrichen', '2024-05-06T10:00:00+02:00');
    fs.appendFileSync(path.join(content, 'katalog.yaml'), '\n');
    commit('Nur Katalogdaten', '2024-06-07T10:00:00+02:00');

    history = readHistory(repo);
    const loaded = loadContent(content);
    if (!loaded.catalog) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
    catalog = loaded.catalog;

    shallowRepo = path.join(base, 'flach');
    git(base, ['clone', '-q', '--depth', '2', `file://${repo}`, shallowRepo]);
  });

  afterAll(() => {
    fs.rmSync(path.dirname(repo), { recursive: true, force: true });
  });

  it('zeigt auf der Maßnahmenseite das Datum des letzten Commits dieser Datei und die Einträge', () => {
    const html = renderToStaticMarkup(
      createElement(Aenderungsverlauf, { slug: 'beispiel-massnahme', history, repository: undefined }),
    );
    expect(html).toContain('Zuletzt geändert am <time dateTime="2024-03-05">5. März 2024</time>');
    const items = [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]?.replace(/<[^>]+>/g, ''));
    expect(items).toEqual(['5. März 2024: Kontakt ergänzt', '10. Januar 2024: Katalog angelegt']);
    expect(html).not.toContain('GitHub');

    const dritte = renderToStaticMarkup(
      createElement(Aenderungsverlauf, {
        slug: 'dritte-massnahme',
        history,
        repository: 'https://github.com/beispiel/katalog',
      }),
    );
    expect(dritte).toContain('Zuletzt geändert am <time dateTime="2024-04-02">2. April 2024</time>');
    expect(dritte).toContain(
      'href="https://github.com/beispiel/katalog/commits/HEAD/content/massnahmen/dritte-massnahme.md"',
    );
  });

  it('zeigt höchstens fünf Einträge, die neuesten', () => {
    const many = buildHistory(
      parseGitLog(
        Array.from({ length: 7 }, (_, i) =>
          record(h(10 + i), `2024-0${7 - i}-15T12:00:00Z`, '', `Änderung ${7 - i}`, [
            'M\tcontent/massnahmen/beispiel-massnahme.md',
          ]),
        ).join(''),
      ),
    );
    const html = renderToStaticMarkup(
      createElement(Aenderungsverlauf, { slug: 'beispiel-massnahme', history: many }),
    );
    const items = [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]?.replace(/<[^>]+>/g, ''));
    expect(items).toHaveLength(5);
    expect(items[0]).toBe('15. Juli 2024: Änderung 7');
    expect(items[4]).toBe('15. März 2024: Änderung 3');
  });

  it('listet auf /aenderungen Hinzugefügtes, Geändertes und Entferntes, neueste zuerst', () => {
    const html = renderToStaticMarkup(createElement(AenderungenView, { catalog, history }));
    const latest = [...html.matchAll(/data-kind="([a-z]+)" data-slug="([a-z-]+)"/g)].map(
      (m) => `${m[2]}:${m[1]}`,
    );
    expect(latest).toEqual([
      'zweite-massnahme:entfernt',
      'dritte-massnahme:hinzugefuegt',
      'beispiel-massnahme:geaendert',
      'beispiel-massnahme:hinzugefuegt',
      'zweite-massnahme:hinzugefuegt',
    ]);
    expect(html).toContain(
      '<time dateTime="2024-05-06">6. Mai 2024</time> – Entfernt: <span>zweite-massnahme',
    );
    expect(html).toContain('href="/massnahmen/dritte-massnahme">Dritte Maßnahme aus dem Test</a>');
    expect(html).not.toContain('Nur Katalogdaten');
  });

  it('vergleicht mit der letzten Auflage (Tag von npm run neue-auflage)', () => {
    expect(history.editions.map((e) => e.tag)).toEqual(['auflage-3']);
    const html = renderToStaticMarkup(createElement(AenderungenView, { catalog, history }));
    const group = (key: string) =>
      html
        .split(`data-testid="seit-auflage-${key}"`)[1]
        ?.split('</div>')[0]
        ?.match(/<li>.*?<\/li>/g)
        ?.map((li) => li.replace(/<[^>]+>/g, ''));
    expect(html).toContain('Seit der 3. Auflage');
    expect(group('added')).toEqual(['Dritte Maßnahme aus dem Test']);
    expect(group('changed')).toEqual(['Beispielmaßnahme für Tests']);
    expect(group('removed')).toEqual(['zweite-massnahme (nicht mehr im Katalog)']);
  });

  it('fällt bei einer flachen Kopie auf „spätestens am“ zurück, nie auf die Bauzeit', () => {
    const flat = readHistory(shallowRepo);
    expect(flat.shallow).toBe(true);
    const html = renderToStaticMarkup(
      createElement(Aenderungsverlauf, { slug: 'beispiel-massnahme', history: flat }),
    );
    expect(html).toContain('spätestens am <time dateTime="2024-05-06">6. Mai 2024</time>');
    const page = renderToStaticMarkup(createElement(AenderungenView, { catalog, history: flat }));
    expect(page).toContain('data-testid="flache-kopie"');
    expect(page).not.toContain('data-kind=');
  });

  it('zeigt ohne Git-Repository keinen Verlauf', () => {
    const none = readHistory(os.tmpdir());
    expect(none.available).toBe(false);
    expect(
      renderToStaticMarkup(createElement(Aenderungsverlauf, { slug: 'beispiel-massnahme', history: none })),
    ).toBe('');
    expect(renderToStaticMarkup(createElement(AenderungenView, { catalog, history: none }))).toContain(
      'kein Änderungsverlauf',
    );
  });
});

describe('npm run neue-auflage markiert die Auflage in Git', () => {
  it('setzt den Tag auflage-<alte Nummer> auf den aktuellen Commit, einmal', () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'auflage-'));
    try {
      const env = {
        ...process.env,
        GIT_AUTHOR_NAME: 'Test',
        GIT_AUTHOR_EMAIL: 'test@example.org',
        GIT_COMMITTER_NAME: 'Test',
        GIT_COMMITTER_EMAIL: 'test@example.org',
        GIT_AUTHOR_DATE: '2024-08-15T12:00:00+02:00',
        GIT_COMMITTER_DATE: '2024-08-15T12:00:00+02:00',
      };
      const git = (args: string[]) => execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' });
      git(['init', '-q']);
      fs.mkdirSync(path.join(repo, 'content', 'massnahmen'), { recursive: true });
      fs.writeFileSync(path.join(repo, 'content', 'massnahmen', 'a.md'), 'x\n');
      git(['add', '-A']);
      git(['commit', '-q', '--no-gpg-sign', '-m', 'Stand der 3. Auflage']);
      expect(tagEdition(repo, 3)).toEqual({ tag: 'auflage-3', created: true });
      expect(tagEdition(repo, 3)).toEqual({ tag: 'auflage-3', created: false });
      expect(readHistory(repo).editions).toEqual([
        { tag: 'auflage-3', auflage: 3, date: '2024-08-15T12:00:00+02:00' },
      ]);
    } finally {
      fs.rmSync(repo, { recursive: true, force: true });
    }
  });

  it('meldet auf Deutsch, wenn kein Repository da ist', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ohne-git-'));
    try {
      expect(() => tagEdition(dir, 3)).toThrow(/Markierung „auflage-3“ konnte nicht gesetzt werden/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
