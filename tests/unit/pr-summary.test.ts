import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../scripts/pr-summary';

const fixtures = path.join(__dirname, '..', 'fixtures', 'content', 'massnahmen');

describe('Zusammenfassung für die Freigabe (scripts/pr-summary.ts)', () => {
  it('nennt hinzugefügte, geänderte (Feld alt → neu) und entfernte Maßnahmen zwischen zwei Commits', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pr-summary-'));
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: dir,
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 'T',
          GIT_AUTHOR_EMAIL: 't@example.org',
          GIT_COMMITTER_NAME: 'T',
          GIT_COMMITTER_EMAIL: 't@example.org',
        },
      });
    try {
      const m = path.join(dir, 'content', 'massnahmen');
      fs.mkdirSync(m, { recursive: true });
      fs.copyFileSync(path.join(fixtures, 'beispiel-massnahme.md'), path.join(m, 'beispiel-massnahme.md'));
      fs.copyFileSync(path.join(fixtures, 'zweite-massnahme.md'), path.join(m, 'zweite-massnahme.md'));
      git('init', '-q', '-b', 'main');
      git('add', '-A');
      git('commit', '-q', '-m', 'Ausgangsstand');
      git('switch', '-q', '-c', 'vorschlag');
      const beispiel = fs.readFileSync(path.join(m, 'beispiel-massnahme.md'), 'utf8');
      fs.writeFileSync(
        path.join(m, 'beispiel-massnahme.md'),
        beispiel.replace('neu: true', 'neu: false').replace('dezernat: IV', 'dezernat: III'),
      );
      fs.rmSync(path.join(m, 'zweite-massnahme.md'));
      fs.writeFileSync(
        path.join(m, 'dritte-massnahme.md'),
        fs
          .readFileSync(path.join(fixtures, 'zweite-massnahme.md'), 'utf8')
          .replace('Zweite Maßnahme', 'Dritte Maßnahme'),
      );
      fs.writeFileSync(path.join(m, '_vorlage.md'), '---\ntitel: Vorlage\n---\n');
      git('add', '-A');
      git('commit', '-q', '-m', 'Vorschlag');
      const md = summarize(dir, 'main');
      expect(md).toContain('1 hinzugefügt, 1 geändert, 1 entfernt.');
      expect(md).toContain(
        '### Hinzugefügt\n\n- **Dritte Maßnahme** (`content/massnahmen/dritte-massnahme.md`)',
      );
      expect(md).toContain(
        '### Entfernt\n\n- **Zweite Maßnahme** (`content/massnahmen/zweite-massnahme.md`)',
      );
      expect(md).toContain('| `neu` | true | false |');
      expect(md).toContain('| `dezernat` | IV | III |');
      expect(md).not.toContain('| `titel`');
      expect(md).not.toContain('Vorlage');
      expect(summarize(dir, 'main', 'main')).toContain('Dieser Pull Request ändert keine Maßnahme.');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
