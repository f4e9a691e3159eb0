import path from 'node:path';
import { loadContent } from './loader';
import { formatProblem } from './problems';
import type { Catalog } from './types';

let cached: Catalog | undefined;

/** Thrown when the content is invalid: the build and the server stop with every problem listed. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Der Katalog enthält ${problems.length} Fehler:\n${problems.join('\n')}`);
    this.name = 'ContentError';
  }
}

/** The validated catalogue, read from content/ once per process. */
export function getCatalog(): Catalog {
  if (cached) return cached;
  // A fixed path (not a variable folder) keeps Turbopack's file tracing to content/.
  const { catalog, problems } = loadContent(path.join(process.cwd(), 'content'));
  if (!catalog) throw new ContentError(problems.map(formatProblem));
  cached = catalog;
  return catalog;
}
