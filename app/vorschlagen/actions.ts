'use server';

import { getCatalog } from '@/lib/content/catalog';
import {
  checkProposal,
  invalidProposal,
  type ProposalResult,
  readProposal,
  withGithubLink,
} from '@/lib/proposal';
import { repositoryUrl } from '@/lib/site';

/**
 * Checks a proposal and returns the generated file (with a GitHub link when configured) or the errors. Stores nothing.
 * Anyone can call a server action with any arguments: a second argument that is not form data
 * gets a German error instead of a 500.
 */
export async function pruefeVorschlag(_previous: unknown, form: unknown): Promise<ProposalResult> {
  if (!(form instanceof FormData)) return invalidProposal();
  return withGithubLink(checkProposal(getCatalog(), readProposal(form)), repositoryUrl());
}
