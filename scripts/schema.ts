/**
 * `npm run schema`: writes public/schema/massnahme.json and the field reference in
 * docs/redaktion.md from the zod schema and the vocabularies. `--check` only
 * compares and exits 1 when a file is out of date (used by the tests).
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadContent } from '../lib/content/loader';
import { formatProblem } from '../lib/content/problems';
import { fieldReference, massnahmeJsonSchema, withReference } from '../lib/content/reference';

export function generatedFiles(root = process.cwd()): { file: string; text: string }[] {
  const { catalog, problems } = loadContent(path.join(root, 'content'));
  if (!catalog) throw new Error(problems.map(formatProblem).join('\n'));
  const guideFile = path.join(root, 'docs', 'redaktion.md');
  return [
    {
      file: path.join(root, 'public', 'schema', 'massnahme.json'),
      text: `${JSON.stringify(massnahmeJsonSchema(catalog), null, 2)}\n`,
    },
    { file: guideFile, text: withReference(fs.readFileSync(guideFile, 'utf8'), fieldReference(catalog)) },
  ];
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const { file, text } of generatedFiles()) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (current === text) continue;
    if (check) {
      console.error(`Veraltet: ${path.relative(process.cwd(), file)} – bitte "npm run schema" ausführen.`);
      stale++;
    } else {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
      console.log(`Geschrieben: ${path.relative(process.cwd(), file)}`);
    }
  }
  process.exit(stale ? 1 : 0);
}
