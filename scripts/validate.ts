/**
 * `npm run validate`: checks all content and prints every problem in German.
 * In GitHub Actions (GITHUB_ACTIONS=true) each problem is also printed as an
 * annotation, so it shows on the line in the pull request. Exit code 0 only when all is well.
 */
import path from 'node:path';
import { loadContent } from '../lib/content/loader';
import { formatAnnotation, formatProblem } from '../lib/content/problems';

const root = path.resolve(process.argv[2] ?? 'content');
const started = performance.now();
const { catalog, problems } = loadContent(root);
const ms = Math.round(performance.now() - started);

if (problems.length) {
  const github = process.env.GITHUB_ACTIONS === 'true';
  for (const p of problems) console.error(github ? formatAnnotation(p) : formatProblem(p));
  console.error(
    `\n${problems.length} ${problems.length === 1 ? 'Fehler' : 'Fehler'} im Katalog gefunden. Bitte korrigieren und erneut prüfen.`,
  );
  process.exit(1);
}
if (catalog) {
  console.log(
    `Katalog in Ordnung: ${catalog.massnahmen.length} Maßnahmen, ${catalog.kontakte.length} Anlaufstellen, ${catalog.dimensionen.length} Dimensionen (${ms} ms).`,
  );
}
