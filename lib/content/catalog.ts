import fs from 'node:fs';
import path from 'node:path';
import { loadContent } from './loader';
import { formatProblem } from './problems';
import type { Catalog } from './types';

let cached: Catalog | undefined;
let watching = false;

/** Thrown when the content is invalid: the build and the server stop with every problem listed. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Der Katalog enthält ${problems.length} Fehler:\n${problems.join('\n')}`);
    this.name = 'ContentError';
  }
}

/**
 * In development (`npm run dev`) content/ is watched: any change drops the cached catalogue,
 * so the next request reads the files again and a reload shows the edit (or, for a broken
 * file, the German message with file and line). Production reads the content once.
 */
function watchInDevelopment(dir: string) {
  if (watching || process.env.NODE_ENV !== 'development') return;
  watching = true;
  try {
    fs.watch(dir, { recursive: true, persistent: false }, () => {
      cached = undefined;
    }).on('error', () => {
      watching = false; // e.g. the folder was replaced; the next request watches again
    });
  } catch {
    watching = false;
  }
}

/** The validated catalogue, read from content/ once per process (per change in development). */
export function getCatalog(): Catalog {
  if (cached) return cached;
  // A fixed path (not a variable folder) keeps Turbopack's file tracing to content/.
  const dir = path.join(process.cwd(), 'content');
  watchInDevelopment(dir);
  const { catalog, problems } = loadContent(dir);
  if (!catalog) throw new ContentError(problems.map(formatProblem));
  cached = catalog;
  return catalog;
}
