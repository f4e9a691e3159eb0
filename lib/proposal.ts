import { richtungLabel } from './content/labels';
import { checkMassnahme, parseMarkdownText } from './content/loader';
import type { ContentProblem } from './content/problems';
import { vocabularyOf } from './content/reference';
import { massnahmeMarkdown, slugify } from './content/scaffold';
import { massnahmeFrontmatterSchema } from './content/schema';
import type { Catalog } from './content/types';
import { markdownShapeProblem } from './markdown';
import {
  emptyProposal,
  type ProposalField,
  type ProposalResult,
  type ProposalValues,
  proposalLimits,
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
    neu: form.get('neu') === 'ja',
    beschreibung: clean(form.get('beschreibung'), true),
    ziele: clean(form.get('ziele'), true),
  };
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
  beschreibung: 'beschreibung',
  ziele: 'ziele',
};

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
    ['beschreibung', 'Bitte die Maßnahme beschreiben.'],
    ['ziele', 'Bitte Ziele und Zielgruppen beschreiben.'],
  ];
  for (const [field, message] of required) if (values[field].length === 0) add(field, message);
  const missing = new Set(Object.keys(errors));
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
  // Over a limit or too complex: answer without building or parsing anything, and send each
  // text back only up to its limit (the whole value would be echoed in the form and its state).
  if (unbounded) return { values: withinLimits(values), errors };
  const slug = slugify(values.titel);
  const l = lookups(catalog);
  if (values.titel && !slug) add('titel', 'Der Titel braucht mindestens einen Buchstaben oder eine Ziffer.');
  if (slug && l.massnahme.has(slug))
    add('titel', `Eine Maßnahme mit dem Dateinamen „${slug}.md“ gibt es schon. Bitte den Titel ändern.`);
  if (
    catalog.massnahmen.some((m) => m.titel.toLocaleLowerCase('de') === values.titel.toLocaleLowerCase('de'))
  ) {
    add('titel', 'Eine Maßnahme mit diesem Titel gibt es schon.');
  }

  const markdown = massnahmeMarkdown({
    titel: values.titel,
    dimensionen: values.dimensionen,
    dezernat: values.dezernat,
    fachbereiche: [values.fachbereich, values.fachbereich2].filter(Boolean),
    verantwortlich: values.verantwortlich,
    richtung: values.richtung as ('innen' | 'aussen')[],
    neu: values.neu,
    zielgruppen: values.zielgruppen,
    beschreibung: values.beschreibung,
    ziele: values.ziele,
  });
  const problems: ContentProblem[] = [];
  const file = parseMarkdownText(`${slug || 'neu'}.md`, slug || 'neu', markdown, problems);
  const schema = massnahmeFrontmatterSchema(vocabularyOf(catalog));
  const massnahme = file
    ? checkMassnahme(file, { schema, fachbereiche: catalog.fachbereiche }, problems)
    : null;
  for (const p of problems) {
    const key = p.field ?? '';
    const field = fieldOf[key] ?? fieldOf[key.replace(/\[\d+\]$/, '')] ?? 'titel';
    // An empty required field already has a friendlier message.
    if (!missing.has(field)) add(field, p.message);
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
        ],
        beschreibungHtml: massnahme.beschreibung.html,
        zieleHtml: massnahme.ziele.html,
        einheiten: massnahme.fachbereiche.map((f) => l.fachbereich.get(f)?.titel ?? f),
      },
    },
  };
}
