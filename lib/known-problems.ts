import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseYaml } from './content/yaml';
import { renderMarkdown } from './markdown';

/**
 * The known accessibility problems that /barrierefreiheit lists, from
 * content/barrierefreiheit-bekannte-probleme.yaml. An entry may name the automated check
 * (`pruefungen`) that find it: the end-to-end tests then expect exactly those checks to fail
 * (tests/e2e/known-problems.ts), so the list cannot keep a problem that is fixed, nor miss one
 * a check finds. Entries without `pruefungen` are found by people (e.g. a missing video).
 */

/** Ids of the automated checks an entry may name; each is an end-to-end test. */
export const checkIds = [
  'umbruch-320',
  'umbruch-390',
  'umbruch-1280',
  'fokus-kontrast',
  'navigation-aktuell',
  'titel-eindeutig',
] as const;
export type CheckId = (typeof checkIds)[number];

const text = z.string().trim().min(1, 'Darf nicht leer sein.');
const entrySchema = z.strictObject({
  /** Short title, shown as a heading. */
  titel: text,
  /** What does not work (Markdown). */
  problem: text,
  /** Why it is so (Markdown). */
  grund: text,
  /** What people can do instead (Markdown). */
  alternative: text,
  /** WCAG/BITV criteria, e.g. "1.4.10 Umbruch", optional. */
  kriterien: z.array(text).optional(),
  /** Ids of the automated checks that find the problem; omitted for problems only people find. */
  pruefungen: z.array(z.enum(checkIds)).optional(),
});
const fileSchema = z.array(entrySchema);

export type KnownProblem = z.infer<typeof entrySchema> & {
  html: { problem: string; grund: string; alternative: string };
};

const maxBytes = 200_000;
export const knownProblemsFile = 'content/barrierefreiheit-bekannte-probleme.yaml';

/** Reads and checks the file; throws with German messages on a mistake (the build then stops). */
export function loadKnownProblems(root = process.cwd()): KnownProblem[] {
  const file = path.join(root, knownProblemsFile);
  if (fs.statSync(file).size > maxBytes) throw new Error(`${knownProblemsFile}: Die Datei ist zu groß.`);
  const parsed = parseYaml(fs.readFileSync(file, 'utf8'));
  if (parsed.errors.length) {
    throw new Error(parsed.errors.map((e) => `${knownProblemsFile}:${e.line}: ${e.message}`).join('\n'));
  }
  const result = fileSchema.safeParse(parsed.data ?? []);
  if (!result.success) {
    throw new Error(
      result.error.issues
        .map((i) => `${knownProblemsFile}: Eintrag ${i.path.join('.')}: ${i.message}`)
        .join('\n'),
    );
  }
  return result.data.map((e) => ({
    ...e,
    html: {
      problem: renderMarkdown(e.problem).html,
      grund: renderMarkdown(e.grund).html,
      alternative: renderMarkdown(e.alternative).html,
    },
  }));
}

/** The known problem that declares `check` to fail, if any. */
export function declaredProblem(problems: readonly KnownProblem[], check: CheckId): KnownProblem | undefined {
  return problems.find((p) => p.pruefungen?.includes(check));
}
