/**
 * `npm run neu -- "Titel der Maßnahme"`: creates content/massnahmen/<slug>.md from the
 * template, with the title filled in and every other field prefilled or commented.
 */
import fs from 'node:fs';
import path from 'node:path';
import { slugify } from '../lib/content/scaffold';

export function createMassnahme(root: string, title: string): { file: string } {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (!clean) throw new Error('Bitte einen Titel angeben, z. B.: npm run neu -- "Beratung für Väter"');
  const slug = slugify(clean);
  if (!slug)
    throw new Error(`Aus dem Titel „${clean}“ lässt sich kein Dateiname bilden. Bitte Buchstaben verwenden.`);
  const dir = path.join(root, 'massnahmen');
  const file = path.join(dir, `${slug}.md`);
  if (fs.existsSync(file)) {
    throw new Error(
      `Die Datei ${path.relative(process.cwd(), file)} gibt es schon. Bitte einen anderen Titel wählen oder die Datei bearbeiten.`,
    );
  }
  const template = fs.readFileSync(path.join(dir, '_vorlage.md'), 'utf8');
  const quoted = JSON.stringify(clean);
  const text = template
    .replace(
      /^# Vorlage für eine neue Maßnahme\..*\n(?:#.*\n)*/m,
      `# Neue Maßnahme, angelegt mit "npm run neu". Jeden Platzhalter <<…>> durch den echten Wert ersetzen;\n# alle Felder und erlaubten Werte sind in docs/redaktion.md erklärt.\n`,
    )
    .replace(/^titel: .*$/m, `titel: ${quoted}`);
  fs.writeFileSync(file, text);
  return { file };
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  try {
    const { file } = createMassnahme(path.resolve('content'), process.argv.slice(2).join(' '));
    console.log(
      `Angelegt: ${path.relative(process.cwd(), file)}\nNächste Schritte: jeden Platzhalter <<…>> ersetzen, dann "npm run validate" ausführen.`,
    );
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
