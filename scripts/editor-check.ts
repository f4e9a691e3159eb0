/**
 * `npm run test:redaktion`: proves that editors can change the catalogue without breaking
 * the tests. On a copy of the project it does what an editor does:
 *
 *   1. adds a measure with the scaffold (`npm run neu`) and fills in every field,
 *   2. changes an existing measure (title, "neu", text),
 *   3. removes another measure,
 *
 * then runs the content validation and the unit tests on that copy. Exit code 0 only when
 * both pass.
 *
 *   npm run test:redaktion                    temporary copy; validation + unit tests
 *   npm run test:redaktion -- --voll          the same, then the whole `npm test` in the copy
 *   npm run test:redaktion -- --nur-aendern   only the three edits, in ./content itself
 *                                             (for a throw-away CI checkout; refuses outside CI)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { createMassnahme } from './neu';

type Entry = Record<string, unknown>;

function readList(root: string, file: string): Entry[] {
  return (parseDocument(fs.readFileSync(path.join(root, file), 'utf8')).toJS() ?? []) as Entry[];
}

function splitFile(text: string): { front: string; body: string } {
  const end = text.indexOf('\n---\n', 4);
  if (!text.startsWith('---\n') || end < 0) throw new Error('Datei ohne Kopfbereich.');
  return { front: text.slice(4, end + 1), body: text.slice(end + 5) };
}

/** Published measure files of a content folder, sorted. */
function measureFiles(root: string): string[] {
  return fs
    .readdirSync(path.join(root, 'massnahmen'))
    .filter((n) => n.endsWith('.md') && !n.startsWith('_'))
    .sort();
}

export interface EditorEdits {
  added: string;
  changed: string;
  removed: string;
  expectedCount: number;
}

/**
 * The three edits of an editor, applied to the content folder `root`. The new measure is
 * created with the scaffold and filled with values of the vocabularies found in `root`.
 */
export function applyEditorEdits(root: string): EditorEdits {
  const before = measureFiles(root);
  if (before.length < 2) throw new Error('Für die Probe braucht der Katalog mindestens zwei Maßnahmen.');

  // 1. Add: scaffold, then fill in every field and both sections as an editor would.
  const { file } = createMassnahme(root, 'Redaktionsprobe: Sprechstunde für Ehrenamtliche');
  fillScaffold(root, file);

  // 2. Change: title, "neu" and one sentence of the first measure.
  const changed = before[0] as string;
  const changedFile = path.join(root, 'massnahmen', changed);
  const parts = splitFile(fs.readFileSync(changedFile, 'utf8'));
  const changedDoc = parseDocument(parts.front);
  changedDoc.set('titel', `${String(changedDoc.get('titel'))} (überarbeitet)`);
  changedDoc.set('neu', !changedDoc.get('neu'));
  const body = parts.body.replace(
    /## Beschreibung\n\n/,
    '## Beschreibung\n\nNeu in dieser Fassung: ein ergänzter Satz.\n\n',
  );
  fs.writeFileSync(changedFile, `---\n${changedDoc.toString({ lineWidth: 0 })}---\n${body}`);

  // 3. Remove the last measure.
  const removed = before[before.length - 1] as string;
  fs.rmSync(path.join(root, 'massnahmen', removed));
  return { added: path.basename(file), changed, removed, expectedCount: before.length };
}

/** Replaces every placeholder of a scaffolded measure with values from the vocabularies of `root`. */
export function fillScaffold(root: string, file: string) {
  const unit = readList(root, 'fachbereiche.yaml')[0];
  const dimension = readList(root, 'dimensionen.yaml')[0];
  const group = readList(root, 'zielgruppen.yaml')[0];
  const offer = readList(root, 'angebotsarten.yaml')[0];
  const contacts = fs
    .readdirSync(path.join(root, 'kontakte'))
    .filter((n) => n.endsWith('.md') && !n.startsWith('_'))
    .map((n) => n.slice(0, -3));
  if (!unit || !dimension || !group || !offer) throw new Error('Wortlisten fehlen.');
  const { front } = splitFile(fs.readFileSync(file, 'utf8'));
  const doc = parseDocument(front);
  doc.set('dimensionen', [dimension.slug]);
  doc.set('dezernat', unit.dezernat);
  doc.set('fachbereiche', [unit.slug]);
  doc.set('verantwortlich', unit.titel);
  doc.set('richtung', ['aussen']);
  doc.set('neu', true);
  doc.set('zielgruppen', [group.slug]);
  doc.set('angebotsart', [offer.slug]);
  if (contacts[0]) doc.set('kontakte', [contacts[0]]);
  doc.set('links', [{ titel: 'Stadt Herne', url: 'https://www.herne.de/' }]);
  fs.writeFileSync(
    file,
    `---\n${doc.toString({ lineWidth: 0 })}---\n\n## Beschreibung\n\nEine offene Sprechstunde für Ehrenamtliche. Sie findet monatlich statt.\n\n## Ziele und Zielgruppen\n\nEhrenamtliche erhalten Rat und Austausch.\n`,
  );
}

/**
 * Copies the project (without dependencies, build output, the build copies of npm test and
 * npm run release, and git data) and links node_modules.
 */
export function copyProject(from: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redaktionsprobe-'));
  const skip = new Set([
    'node_modules',
    '.next',
    '.git',
    'test-results',
    'playwright-report',
    '.bench',
    '.releases',
    '.test-build',
    '.test-build-bilder',
  ]);
  for (const name of fs.readdirSync(from)) {
    if (skip.has(name) || name.endsWith('.tsbuildinfo')) continue;
    fs.cpSync(path.join(from, name), path.join(dir, name), { recursive: true });
  }
  fs.symlinkSync(path.join(from, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

function run(cwd: string, cmd: string, args: string[]): boolean {
  console.log(`\n▶ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, REDAKTIONSPROBE: '1', NEXT_TELEMETRY_DISABLED: '1' },
  });
  return r.status === 0;
}

function main() {
  const { values } = parseArgs({
    options: { voll: { type: 'boolean' }, 'nur-aendern': { type: 'boolean' } },
  });
  const project = process.cwd();
  if (values['nur-aendern']) {
    if (!process.env.CI) {
      console.error('--nur-aendern ändert content/ selbst und läuft nur in CI (Umgebungsvariable CI).');
      process.exit(2);
    }
    const edits = applyEditorEdits(path.join(project, 'content'));
    console.log(`Redaktionsprobe in content/: ${JSON.stringify(edits)}`);
    return;
  }
  const copy = copyProject(project);
  let ok = false;
  try {
    const edits = applyEditorEdits(path.join(copy, 'content'));
    console.log(
      `Redaktionsprobe in ${copy}:\n  hinzugefügt: ${edits.added}\n  geändert:    ${edits.changed}\n  entfernt:    ${edits.removed}`,
    );
    const bin = (name: string) => path.join(copy, 'node_modules', '.bin', name);
    ok =
      run(copy, bin('tsx'), ['scripts/validate.ts']) &&
      // Every unit test but the walk through the local guide (tests/unit/redaktion-lokal.test.ts):
      // it copies the project once more and runs the guide's own commands, which does not depend
      // on these edits, and it already ran in npm test's unit step.
      run(copy, bin('vitest'), [
        'run',
        '--reporter=dot',
        '--exclude',
        'tests/unit/redaktion-lokal.test.ts',
      ]) &&
      (!values.voll || run(copy, 'npm', ['test']));
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
  console.log(
    ok
      ? '\n✔ Redaktionsprobe bestanden: Hinzufügen, Ändern und Löschen einer Maßnahme lassen die Tests grün.'
      : '\n✘ Redaktionsprobe fehlgeschlagen: Ein Test hängt am aktuellen Inhalt statt an den Regeln.',
  );
  process.exit(ok ? 0 : 1);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) main();
