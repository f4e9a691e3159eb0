'use server';

import { getCatalog } from '@/lib/content/catalog';
import { checkProposal, invalidProposal, type ProposalResult, readProposal } from '@/lib/proposal';
import { repositoryUrl } from '@/lib/site';

/**
 * Checks a proposal and returns the generated file (with a GitHub link when configured) or the errors. Stores nothing.
 * Anyone can call a server action with any arguments: a second argument that is not form data
 * gets a German error instead of a 500.
 */
export async function pruefeVorschlag(_previous: unknown, form: unknown): Promise<ProposalResult> {
  if (!(form instanceof FormData)) return invalidProposal();
  const result = checkProposal(getCatalog(), readProposal(form));
  const repository = repositoryUrl();
  if (!result.file || !repository) return result;
  const { name, markdown } = result.file;
  const githubUrl = `${repository}/new/main/content/massnahmen?filename=${encodeURIComponent(name)}&value=${encodeURIComponent(markdown)}`;
  return { ...result, file: { ...result.file, githubUrl } };
}
