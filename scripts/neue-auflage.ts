/**
 * `npm run neue-auflage -- --auflage 4 --stand "August 2025"`: starts a new edition in
 * one reviewable change: every measure's `neu` becomes false and content/katalog.yaml
 * gets the new Auflage and Stand. Comments and formatting in the files are kept.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { katalogSchema } from '../lib/content/schema';

export interface EditionResult {
  reset: string[];
  auflage: number;
  stand: string;
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
  return { reset, auflage, stand };
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  try {
    const { values } = parseArgs({ options: { auflage: { type: 'string' }, stand: { type: 'string' } } });
    const result = newEdition(path.resolve('content'), Number(values.auflage), values.stand ?? '');
    console.log(
      `${result.auflage}. Auflage, Stand ${result.stand}: „neu“ bei ${result.reset.length} Maßnahmen zurückgesetzt.\nJetzt die neuen Maßnahmen mit „neu: true“ anlegen und die Änderung als Pull Request einreichen.`,
    );
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
