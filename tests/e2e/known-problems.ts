import {
  type CheckId,
  declaredProblem,
  knownProblemsFile,
  loadKnownProblems,
} from '../../lib/known-problems';
import { test } from './fixtures';

const problems = loadKnownProblems();

/**
 * Call at the start of a test that is an accessibility check named in lib/known-problems.ts.
 * If content/barrierefreiheit-bekannte-probleme.yaml declares the check as a known problem,
 * the test is expected to fail (Playwright's test.fail): once the problem is fixed it
 * "passes unexpectedly" and fails, until the entry is removed from the statement. A check
 * that fails without an entry fails as usual. So /barrierefreiheit lists exactly the
 * problems the tests know of.
 */
export function knownProblem(check: CheckId) {
  const declared = declaredProblem(problems, check);
  test.fail(
    declared !== undefined,
    `Als bekannte Barriere erklärt (${knownProblemsFile}): ${declared?.titel ?? ''}. Ist sie behoben, den Eintrag löschen.`,
  );
}
