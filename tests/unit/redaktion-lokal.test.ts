/**
 * Follows the local steps of docs/redaktion.md ("Der Weg auf dem eigenen Rechner") end to
 * end on a copy of the project: the commands are read from the guide itself, so guide and
 * test cannot drift apart. Skipped lines need a remote or a running server (pull, push, dev).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject, fillScaffold } from '../../scripts/editor-check';

const guide = fs.readFileSync(path.resolve('docs/redaktion.md'), 'utf8');

/** The shell block after "Für jede Änderung" in the guide, one command per line. */
function documentedCommands(): string[] {
  const start = guide.indexOf('Für jede Änderung');
  const open = guide.indexOf('```sh\n', start);
  const close = guide.indexOf('\n```', open + 6);
  if (start < 0 || open < 0 || close < 0) throw new Error('Befehlsblock im Leitfaden nicht gefunden.');
  return guide
    .slice(open + 6, close)
    .split('\n')
    .map((l) => l.replace(/\s+#.*$/, '').trim());
}

describe('Leitfaden: der Weg auf dem eigenen Rechner', () => {
  it('die dokumentierten Befehle führen von einer neuen Maßnahme bis zum Commit', {
    timeout: 300_000,
  }, () => {
    const commands = documentedCommands();
    expect(commands).toContain('npm run validate');
    expect(commands.some((c) => c.startsWith('git commit'))).toBe(true);
    const dir = copyProject(process.cwd());
    const env = {
      ...process.env,
      GIT_AUTHOR_NAME: 'Redaktion',
      GIT_AUTHOR_EMAIL: 'redaktion@example.org',
      GIT_COMMITTER_NAME: 'Redaktion',
      GIT_COMMITTER_EMAIL: 'redaktion@example.org',
    };
    const sh = (cmd: string) => spawnSync('sh', ['-c', cmd], { cwd: dir, env, encoding: 'utf8' });
    try {
      // Stands in for "git clone": a repository whose main holds the project.
      for (const c of ['git init -q -b main', 'git add -A', 'git commit -q -m Ausgangsstand']) {
        expect(sh(c).status, c).toBe(0);
      }
      for (const line of commands) {
        if (!line) continue; // the editing step (a comment line in the guide) follows below
        if (/^(git pull|git push|npm run dev)\b/.test(line)) continue;
        const r = sh(line);
        expect(r.status, `${line}\n${r.stdout}${r.stderr}`).toBe(0);
        if (line.startsWith('npm run neu')) {
          expect(r.stdout).toContain('Angelegt: content/massnahmen/beratung-fuer-vaeter.md');
          // Unfilled, validation fails on the placeholders; then the editor fills them in.
          const unfilled = sh('npm run validate');
          expect(unfilled.status).toBe(1);
          expect(unfilled.stderr).toContain('noch nicht ersetzt');
          fillScaffold(
            path.join(dir, 'content'),
            path.join(dir, 'content/massnahmen/beratung-fuer-vaeter.md'),
          );
        }
      }
      const log = sh('git log -1 --name-status --format=%s%n%D');
      expect(log.stdout).toContain('Neue Maßnahme: Beratung für Väter');
      expect(log.stdout).toContain('massnahme-beratung-fuer-vaeter');
      expect(log.stdout).toMatch(/^A\s+content\/massnahmen\/beratung-fuer-vaeter\.md$/m);
      expect(sh('git status --porcelain content/').stdout).toBe('');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
