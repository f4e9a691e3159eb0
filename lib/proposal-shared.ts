/** Types and limits of the proposal form, shared by the server check and the client form (no Node APIs here). */

/** What the proposal form (/vorschlagen) sends. Nothing of it is stored. */
export interface ProposalValues {
  titel: string;
  dimensionen: string[];
  dezernat: string;
  fachbereich: string;
  fachbereich2: string;
  verantwortlich: string;
  richtung: string[];
  zielgruppen: string[];
  angebotsart: string[];
  /** Contact points from the catalogue (content/kontakte/), optional. */
  kontakte: string[];
  /** Links (text and address), optional; the form has `proposalLinkRows` rows, empty rows are dropped. */
  links: ProposalLink[];
  neu: boolean;
  beschreibung: string;
  ziele: string;
}

export interface ProposalLink {
  titel: string;
  url: string;
}

export type ProposalField = Exclude<keyof ProposalValues, 'neu'>;

/** Rows for links in the form: a fixed number, so the form works without JavaScript. */
export const proposalLinkRows = 3;
/** Longest link text and address the form takes. */
export const linkLimits = { titel: 200, url: 2000 } as const;

export const proposalLimits = { titel: 200, verantwortlich: 500, beschreibung: 6000, ziele: 6000 } as const;

export const emptyProposal: ProposalValues = {
  titel: '',
  dimensionen: [],
  dezernat: '',
  fachbereich: '',
  fachbereich2: '',
  verantwortlich: '',
  richtung: [],
  zielgruppen: [],
  angebotsart: [],
  kontakte: [],
  links: [],
  neu: false,
  beschreibung: '',
  ziele: '',
};

export interface ProposalResult {
  values: ProposalValues;
  /** German messages per form field. */
  errors: Partial<Record<ProposalField, string[]>>;
  /** The generated file, present when there are no errors. */
  file?: {
    name: string;
    markdown: string;
    /** GitHub's "new file" page with name and content prefilled; absent when no repository is configured or the link would be too long. */
    githubUrl?: string;
    /** true when a repository is configured but the file is too long for GitHub's link (`linkMaxLength`). */
    githubTooLong?: boolean;
    preview: {
      titel: string;
      badges: string[];
      beschreibungHtml: string;
      zieleHtml: string;
      einheiten: string[];
    };
  };
}

/** The server action that checks a proposal (app/vorschlagen/actions.ts), handed to the form by the page. */
export type ProposalAction = (previous: ProposalResult | null, form: FormData) => Promise<ProposalResult>;

/**
 * Longest link the form offers: GitHub's new-file links fail above about 8 KB of URL, and long
 * mailto: links are cut by some mail programs. Above it the form falls back to download / e-mail.
 */
export const linkMaxLength = 8000;

/** The mailto: link for a checked file; a body too long for a link asks for the downloaded file instead. */
export function proposalMailto(email: string, titel: string, name: string, markdown: string): string {
  const subject = `?subject=${encodeURIComponent(`Neue Maßnahme für den Katalog: ${titel}`)}`;
  const full = `mailto:${email}${subject}&body=${encodeURIComponent(`Vorschlag für die Datei content/massnahmen/${name}:\n\n${markdown}`)}`;
  if (full.length <= linkMaxLength) return full;
  return `mailto:${email}${subject}&body=${encodeURIComponent(`Vorschlag für die Datei content/massnahmen/${name}: Die Datei ist angehängt (sie war zu lang für den Text dieser E-Mail).`)}`;
}
