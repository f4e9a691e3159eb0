'use server';

import { getCatalog } from '@/lib/content/catalog';
import { checkProposal, type ProposalResult, readProposal } from '@/lib/proposal';

/** Checks a proposal and returns the generated file or the errors. Stores nothing. */
export async function pruefeVorschlag(
  _previous: ProposalResult | null,
  form: FormData,
): Promise<ProposalResult> {
  return checkProposal(getCatalog(), readProposal(form));
}
