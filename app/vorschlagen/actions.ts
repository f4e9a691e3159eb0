'use server';

import { getCatalog } from '@/lib/content/catalog';
import { checkProposal, type ProposalResult, readProposal } from '@/lib/proposal';
import { repositoryUrl } from '@/lib/site';

/** Checks a proposal and returns the generated file (with a GitHub link when configured) or the errors. Stores nothing. */
export async function pruefeVorschlag(
  _previous: ProposalResult | null,
  form: FormData,
): Promise<ProposalResult> {
  const result = checkProposal(getCatalog(), readProposal(form));
  const repository = repositoryUrl();
  if (!result.file || !repository) return result;
  const { name, markdown } = result.file;
  const githubUrl = `${repository}/new/main/content/massnahmen?filename=${encodeURIComponent(name)}&value=${encodeURIComponent(markdown)}`;
  return { ...result, file: { ...result.file, githubUrl } };
}
