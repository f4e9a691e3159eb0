/**
 * `npm run neue-auflage -- --auflage 4 --stand "August 2025"`: starts a new edition in
 * one reviewable change: every measure's `neu` becomes false and content/katalog.yaml
 * gets the new Auflage and Stand. Comments and formatting in the files are kept.
 * Before that, the current commit is tagged `auflage-<old number>` (the state of the edition
 * that ends): /aenderungen compares with it (lib/history.ts).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { katalogSchema } from '../lib/content/schema';
import { editionTagPrefix } from '../lib/history';

export interface EditionResult {
  reset: string[];
  auflage: number;
  stand: string;
  /** The edition that ends. */
  previous: number;
}

/**
 * Tags the current commit of the repository at `repoRoot` as the end of edition `auflage`.
 * Returns the tag name; an existing tag is left as it is (running the script twice is harmless).
 */
export function tagEdition(repoRoot: string, auflage: number): { tag: string; created: boolean } {
  const tag = `${editionTagPrefix}${auflage}`;
  const run = (args: string[]) =>
    execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    run(['rev-parse', '--verify', '--quiet', `refs/tags/${tag}`]);
    return { tag, created: false };
  } catch {
    // No such tag yet.
  }
  try {
    run(['tag', '-a', tag, '-m', `${auflage}. Auflage des Maßnahmenkatalogs`, 'HEAD']);
  } catch (error) {
    throw new Error(
      `Die Markierung „${tag}“ konnte nicht gesetzt werden (ist dies ein Git-Repository mit mindestens einem Commit?): ${(error as Error).message}`,
    );
  }
  return { tag, created: true };
}

export function newEdition(root: string, auflage: number, stand: string): EditionResult {
  const check = katalogSchema.pick({ auflage: true, stand: true }).safeParse({ auflage, stand });
  if (!check.success) {
    throw new Error(
      'Ungültige Angaben. Beispiel: npm run neue-auflage -- --auflage 4 --stand "August 2025" (Auflage als ganze Zahl, Stand als Monat und Jahr).',
    );
  }
  const katalogFile = path.join(root, 'katalog.yaml');
  const katalog = parseDocument(fs.readFileSync(katalogFile, 'utf8'));
  const current = Number(katalog.get('auflage'));
  if (auflage <= current) throw new Error(`Die neue Auflage muss größer sein als die aktuelle (${current}).`);
  katalog.set('auflage', auflage);
  katalog.set('stand', stand);

  const dir = path.join(root, 'massnahmen');
  const reset: string[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    if (!name.endsWith('.md') || name.startsWith('_')) continue;
    const file = path.join(dir, name);
    const text = fs.readFileSync(file, 'utf8');
    const match = text.match(/^(\uFEFF?---\r?\n)([\s\S]*?)(\r?\n---\r?\n[\s\S]*)$/);
    if (!match) continue;
    const [, open = '', front = '', rest = ''] = match;
    if (parseDocument(front).get('neu') !== true) continue;
    // A line edit keeps the file exactly as the editor wrote it, apart from this value.
    const updated = front.replace(/^neu:[ \t]*(?:true|yes|on)\b/m, 'neu: false');
    fs.writeFileSync(file, `${open}${updated}${rest}`);
    reset.push(name.slice(0, -3));
  }
  fs.writeFileSync(katalogFile, katalog.toString({ lineWidth: 0 }));
  return { reset, auflage, stand, previous: current };
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  try {
    const { values } = parseArgs({ options: { auflage: { type: 'string' }, stand: { type: 'string' } } });
    const result = newEdition(path.resolve('content'), Number(values.auflage), values.stand ?? '');
    const { tag, created } = tagEdition(process.cwd(), result.previous);
    console.log(
      created
        ? `Der bisherige Stand ist als „${tag}“ markiert. Bitte mit „git push origin ${tag}“ veröffentlichen.`
        : `Die Markierung „${tag}“ gab es schon; sie bleibt unverändert.`,
    );
    console.log(
      `${result.auflage}. Auflage, Stand ${result.stand}: „neu“ bei ${result.reset.length} Maßnahmen zurückgesetzt.\nJetzt die neuen Maßnahmen mit „neu: true“ anlegen und die Änderung als Pull Request einreichen.`,
    );
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
