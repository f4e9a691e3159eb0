import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * What a release was built from, as scripts/release-lib.mjs writes it into release.json at the
 * root of every release (and of the test build). A plain `npm run build` has none.
 */
const releaseInfoSchema = z.object({
  id: z.string().min(1).max(100),
  buildId: z.string().min(1).max(100),
  commit: z.string().max(64).nullable(),
  inhaltCommit: z.string().max(64).nullable(),
  inhaltGeaendert: z.boolean().nullable(),
  gebaut: z.iso.datetime(),
});

export type ReleaseInfo = z.infer<typeof releaseInfoSchema>;

/** release.json in `dir`, or null if it is missing, larger than 4 kB or not of the expected shape. */
export function readReleaseInfo(dir: string): ReleaseInfo | null {
  try {
    const file = path.join(dir, 'release.json');
    if (fs.statSync(file).size > 4096) return null;
    const parsed = releaseInfoSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
