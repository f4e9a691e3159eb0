import { richtungen, richtungLabel } from './content/labels';
import { checkMassnahme, parseMarkdownText } from './content/loader';
import type { ContentProblem } from './content/problems';
import { vocabularyOf } from './content/reference';
import { massnahmeMarkdown, slugify } from './content/scaffold';
import { massnahmeFrontmatterSchema } from './content/schema';
import type { Catalog } from './content/types';
import { markdownShapeProblem } from './markdown';
import {
  emptyProposal,
  linkLimits,
  linkMaxLength,
  type ProposalField,
  type ProposalLink,
  type ProposalResult,
  type ProposalValues,
  proposalLimits,
  proposalLinkRows,
} from './proposal-shared';
import { lookups } from './queries';

export { emptyProposal, type ProposalField, type ProposalResult, type ProposalValues, proposalLimits };

/** Drops control characters (keeping line breaks and tabs) and normalises line ends. */
function clean(value: FormDataEntryValue | null, multiline: boolean): string {
  if (typeof value !== 'string') return '';
  const text = value
    .replace(/\r\n?/g, '\n')
    .replace(/[\p{Cc}\u2028\u2029]/gu, (c) => (multiline && (c === '\n' || c === '\t') ? c : ' '));
  return multiline ? text.trim() : text.replace(/\s+/g, ' ').trim();
}

/** The answer to a call that did not send the form (e.g. a hand-made server-action request). */
export function invalidProposal(): ProposalResult {
  return {
    values: emptyProposal,
    errors: {
      titel: ['Die Anfrage enthielt kein Formular. Bitte füllen Sie das Formular aus und senden Sie es ab.'],
    },
  };
}

/** Longest value of a choice (checkbox, select): every real value is a short slug or id. */
const choiceLimit = 100;

/** Reads the form; choices are cut to a bounded size (they are checked against the vocabularies later). */
export function readProposal(form: FormData): ProposalValues {
  const choice = (v: FormDataEntryValue | null) =>
    clean(typeof v === 'string' ? v.slice(0, choiceLimit) : v, false);
  const list = (key: string) => form.getAll(key).slice(0, 20).map(choice).filter(Boolean);
  return {
    titel: clean(form.get('titel'), false),
    dimensionen: list('dimensionen'),
    dezernat: choice(form.get('dezernat')),
    fachbereich: choice(form.get('fachbereich')),
    fachbereich2: choice(form.get('fachbereich2')),
    verantwortlich: clean(form.get('verantwortlich'), false),
    richtung: list('richtung'),
    zielgruppen: list('zielgruppen'),
    angebotsart: list('angebotsart'),
    kontakte: list('kontakte'),
    links: readLinks(form),
    neu: form.get('neu') === 'ja',
    beschreibung: clean(form.get('beschreibung'), true),
    ziele: clean(form.get('ziele'), true),
  };
}

/** The link rows of the form (link-titel-1, link-url-1, …), each value cut to its limit; empty rows dropped. */
function readLinks(form: FormData): ProposalLink[] {
  const links: ProposalLink[] = [];
  for (let row = 1; row <= proposalLinkRows; row++) {
    const read = (key: string, max: number) => {
      const v = form.get(`link-${key}-${row}`);
      return clean(typeof v === 'string' ? v.slice(0, max + 1) : v, false);
    };
    const link = { titel: read('titel', linkLimits.titel), url: read('url', linkLimits.url) };
    // Keep the row's position for the messages ("Link 2"): an empty row in the middle stays as a gap.
    links.push(link);
  }
  while (links.length && !links[links.length - 1]?.titel && !links[links.length - 1]?.url) links.pop();
  return links;
}

/** Checks the link rows in the form's words; a row left empty is fine (links are optional). */
function checkLinks(links: readonly ProposalLink[], add: AddError): void {
  links.forEach((link, i) => {
    const row = `Link ${i + 1}`;
    if (!link.titel && !link.url) return;
    if (link.titel.length > linkLimits.titel)
      add('links', `${row}: Der Text hat höchstens ${linkLimits.titel} Zeichen.`);
    if (!link.titel) add('links', `${row}: Bitte den Text des Links eingeben.`);
    if (!link.url) add('links', `${row}: Bitte die Adresse des Links eingeben.`);
    else if (link.url.length > linkLimits.url)
      add('links', `${row}: Die Adresse hat höchstens ${linkLimits.url} Zeichen.`);
    else if (!/^https?:\/\/[^\s/]+\.[^\s]/.test(link.url) || !URL.canParse(link.url))
      add(
        'links',
        `${row}: Bitte eine vollständige Adresse mit https:// eingeben, z. B. https://www.herne.de/.`,
      );
  });
}

const fieldOf: Record<string, ProposalField> = {
  titel: 'titel',
  dimensionen: 'dimensionen',
  dezernat: 'dezernat',
  'fachbereiche[0]': 'fachbereich',
  'fachbereiche[1]': 'fachbereich2',
  fachbereiche: 'fachbereich',
  verantwortlich: 'verantwortlich',
  richtung: 'richtung',
  zielgruppen: 'zielgruppen',
  angebotsart: 'angebotsart',
  kontakte: 'kontakte',
  links: 'links',
  beschreibung: 'beschreibung',
  ziele: 'ziele',
};

type AddError = (field: ProposalField, message: string) => void;

/**
 * The checks of the choices, in the words and labels of the form: every value from its list, and
 * the lead unit in the chosen Dezernat. They run even when other fields are missing, so every
 * error comes in one round (the content checks stop at the first schema error).
 */
function checkChoices(catalog: Catalog, values: ProposalValues, add: AddError): void {
  const unknown = 'Diese Auswahl gibt es nicht. Bitte einen Eintrag aus der Liste wählen.';
  const lists: [ProposalField, readonly string[], string[]][] = [
    ['dimensionen', catalog.dimensionen.map((d) => d.slug), values.dimensionen],
    ['richtung', richtungen, values.richtung],
    ['zielgruppen', catalog.zielgruppen.map((z) => z.slug), values.zielgruppen],
    ['angebotsart', catalog.angebotsarten.map((a) => a.slug), values.angebotsart],
    ['kontakte', catalog.kontakte.map((k) => k.slug), values.kontakte],
    ['dezernat', catalog.dezernate.map((d) => d.id), [values.dezernat].filter(Boolean)],
    ['fachbereich', catalog.fachbereiche.map((f) => f.slug), [values.fachbereich].filter(Boolean)],
    ['fachbereich2', catalog.fachbereiche.map((f) => f.slug), [values.fachbereich2].filter(Boolean)],
  ];
  for (const [field, allowed, chosen] of lists)
    if (chosen.some((v) => !allowed.includes(v))) add(field, unknown);
  const dezernat = catalog.dezernate.find((d) => d.id === values.dezernat);
  const lead = catalog.fachbereiche.find((f) => f.slug === values.fachbereich);
  if (dezernat && lead && lead.dezernat !== dezernat.id) {
    const fitting = catalog.fachbereiche.filter((f) => f.dezernat === dezernat.id).map((f) => f.titel);
    add(
      'fachbereich',
      `„${lead.titel}“ gehört zu Dezernat ${lead.dezernat}, die Maßnahme steht aber unter Dezernat ${dezernat.id}. Bitte das Dezernat ändern oder einen passenden Fachbereich wählen${fitting.length ? `: ${fitting.join(', ')}` : ''}.`,
    );
  }
  if (values.fachbereich2 && values.fachbereich2 === values.fachbereich)
    add(
      'fachbereich2',
      'Bitte einen anderen als den federführenden Fachbereich wählen oder das Feld leer lassen.',
    );
}

function withinLimits(values: ProposalValues): ProposalValues {
  const out = { ...values };
  for (const [field, max] of Object.entries(proposalLimits) as [keyof typeof proposalLimits, number][])
    out[field] = values[field].slice(0, max);
  return out;
}

/**
 * Builds the measure file from the form and validates it with the same checks as
 * the content in the repository (schema, vocabularies, leading unit, sections).
 * Lengths and the Markdown's shape (lib/markdown.ts) are checked first: a text over its limit or
 * too deeply nested is reported without being parsed, so every answer takes bounded time.
 */
export function checkProposal(catalog: Catalog, values: ProposalValues): ProposalResult {
  const errors: ProposalResult['errors'] = {};
  const add = (field: ProposalField, message: string) => {
    const list = errors[field] ?? [];
    if (!list.includes(message)) list.push(message);
    errors[field] = list;
  };
  const required: [ProposalField, string][] = [
    ['titel', 'Bitte einen Titel eingeben.'],
    ['dimensionen', 'Bitte mindestens eine Dimension auswählen.'],
    ['dezernat', 'Bitte ein Dezernat auswählen.'],
    ['fachbereich', 'Bitte den federführenden Fachbereich oder das Büro auswählen.'],
    ['verantwortlich', 'Bitte angeben, wer verantwortlich ist.'],
    ['richtung', 'Bitte mindestens eine Richtung auswählen.'],
    ['zielgruppen', 'Bitte mindestens eine Zielgruppe auswählen.'],
    ['angebotsart', 'Bitte mindestens eine Angebotsart auswählen.'],
    ['beschreibung', 'Bitte die Maßnahme beschreiben.'],
    ['ziele', 'Bitte Ziele und Zielgruppen beschreiben.'],
  ];
  for (const [field, message] of required) if (values[field].length === 0) add(field, message);
  /** Set when a text must not be parsed (over its limit or too complex). */
  let unbounded = false;
  for (const [field, max] of Object.entries(proposalLimits) as [keyof typeof proposalLimits, number][]) {
    if (values[field].length > max) {
      add(field, `Höchstens ${max} Zeichen (jetzt ${values[field].length}).`);
      unbounded = true;
    }
  }
  for (const field of ['beschreibung', 'ziele'] as const) {
    if (/^#{1,6}\s/m.test(values[field])) {
      add(field, 'Überschriften mit „#“ sind hier nicht möglich. Bitte als normalen Absatz schreiben.');
    }
    const shape = values[field].length <= proposalLimits[field] ? markdownShapeProblem(values[field]) : null;
    if (shape) {
      add(field, shape);
      unbounded = true;
    }
  }
  const l = lookups(catalog);
  checkChoices(catalog, values, add);
  checkLinks(values.links, add);
  const slug = values.titel.length <= proposalLimits.titel ? slugify(values.titel) : '';
  if (values.titel && values.titel.length <= proposalLimits.titel) {
    const title = values.titel.toLocaleLowerCase('de');
    // One message per real problem: a taken title also takes its file name.
    if (catalog.massnahmen.some((m) => m.titel.toLocaleLowerCase('de') === title))
      add('titel', 'Eine Maßnahme mit diesem Titel gibt es schon. Bitte einen anderen Titel wählen.');
    else if (!slug) add('titel', 'Der Titel braucht mindestens einen Buchstaben oder eine Ziffer.');
    else if (l.massnahme.has(slug))
      add('titel', `Eine Maßnahme mit dem Dateinamen „${slug}.md“ gibt es schon. Bitte den Titel ändern.`);
  }
  // Over a limit or too complex: answer without building or parsing anything, and send each
  // text back only up to its limit (the whole value would be echoed in the form and its state).
  // Every other check above has run, so all errors still come in one round.
  if (unbounded) return { values: withinLimits(values), errors };

  const markdown = massnahmeMarkdown({
    titel: values.titel,
    dimensionen: values.dimensionen,
    dezernat: values.dezernat,
    fachbereiche: [values.fachbereich, values.fachbereich2].filter(Boolean),
    verantwortlich: values.verantwortlich,
    richtung: values.richtung as ('innen' | 'aussen')[],
    neu: values.neu,
    zielgruppen: values.zielgruppen,
    angebotsart: values.angebotsart,
    kontakte: values.kontakte,
    links: values.links.filter((link) => link.titel || link.url),
    beschreibung: values.beschreibung,
    ziele: values.ziele,
  });
  const problems: ContentProblem[] = [];
  const file = parseMarkdownText(`${slug || 'neu'}.md`, slug || 'neu', markdown, problems);
  const schema = massnahmeFrontmatterSchema(vocabularyOf(catalog));
  const massnahme = file
    ? checkMassnahme(file, { schema, fachbereiche: catalog.fachbereiche, terms: catalog.sprachen }, problems)
    : null;
  // The content checks speak to editors (codes, lines); a field the form checks above already
  // has a message in the form's own words, so only what they add is reported.
  const flagged = new Set(Object.keys(errors));
  for (const p of problems) {
    const key = p.field ?? '';
    const field = fieldOf[key] ?? fieldOf[key.split(/[[.]/)[0] ?? ''] ?? 'titel';
    if (!flagged.has(field)) add(field, p.message);
  }
  if (Object.keys(errors).length || !massnahme) return { values, errors };

  return {
    values,
    errors,
    file: {
      name: `${slug}.md`,
      markdown,
      preview: {
        titel: massnahme.titel,
        badges: [
          ...(massnahme.neu ? ['Neu'] : []),
          ...massnahme.dimensionen.map((d) => l.dimension.get(d)?.kurztitel ?? d),
          ...massnahme.richtung.map((r) => richtungLabel(r, 'kurz')),
          ...massnahme.angebotsart.map((a) => l.angebotsart.get(a)?.titel ?? a),
        ],
        beschreibungHtml: massnahme.beschreibung.html,
        zieleHtml: massnahme.ziele.html,
        einheiten: massnahme.fachbereiche.map((f) => l.fachbereich.get(f)?.titel ?? f),
      },
    },
  };
}

/**
 * Adds GitHub's new-file link (name and content prefilled) for a configured repository, or
 * marks the file as too long for it: GitHub's links fail above about 8 KB (`linkMaxLength`).
 */
export function withGithubLink(result: ProposalResult, repository: string | undefined): ProposalResult {
  if (!result.file || !repository) return result;
  const { name, markdown } = result.file;
  const githubUrl = `${repository}/new/main/content/massnahmen?filename=${encodeURIComponent(name)}&value=${encodeURIComponent(markdown)}`;
  return {
    ...result,
    file: {
      ...result.file,
      ...(githubUrl.length <= linkMaxLength ? { githubUrl } : { githubTooLong: true }),
    },
  };
}
