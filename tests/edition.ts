/**
 * The printed 3rd edition, frozen in tests/fixtures/auflage-3 (see its README).
 * Brochure-fidelity checks read it tolerantly (YAML only, no schema), so a schema
 * change never touches them; `loadEdition` loads it with today's loader for the
 * search relevance tests and needs the one migration step the README describes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadContent } from '@/lib/content/loader';
import { formatProblem } from '@/lib/content/problems';
import type { Catalog } from '@/lib/content/types';
import { parseYaml } from '@/lib/content/yaml';

export const editionRoot = path.join(__dirname, 'fixtures', 'auflage-3', 'content');

/** One measure of the printed edition: its slug, raw front matter and body text. */
export interface EditionMeasure {
  slug: string;
  fields: Record<string, unknown>;
  body: string;
}

function frontMatter(text: string): { fields: Record<string, unknown>; body: string } {
  const end = text.indexOf('\n---', 4);
  const yaml = parseYaml(text.slice(4, end));
  return { fields: (yaml.data ?? {}) as Record<string, unknown>, body: text.slice(end + 4) };
}

/** Raw front matter of every published file of a folder in the frozen edition. */
export function readEditionFolder(folder: string): EditionMeasure[] {
  const dir = path.join(editionRoot, folder);
  return fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.md') && !n.startsWith('_'))
    .sort()
    .map((n) => ({ slug: n.slice(0, -3), ...frontMatter(fs.readFileSync(path.join(dir, n), 'utf8')) }));
}

/** Raw entries of a vocabulary file of the frozen edition. */
export function readEditionList(file: string): Record<string, unknown>[] {
  return parseYaml(fs.readFileSync(path.join(editionRoot, file), 'utf8')).data as Record<string, unknown>[];
}

/** The frozen edition loaded with today's loader and schema; throws with every problem listed. */
export function loadEdition(): Catalog {
  const { catalog, problems } = loadContent(editionRoot);
  if (!catalog) {
    throw new Error(
      `Die eingefrorene 3. Auflage lädt nicht mit dem aktuellen Schema – Migration nötig, siehe tests/fixtures/auflage-3/README.md:\n${problems.map(formatProblem).join('\n')}`,
    );
  }
  return catalog;
}
