import type { z } from 'zod';

/** One problem found in the content, located as precisely as possible. */
export interface ContentProblem {
  /** Path relative to the project root, e.g. "content/massnahmen/x.md". */
  file: string;
  /** 1-based line in the file, where known. */
  line?: number;
  /** Field path, e.g. "dimensionen[1]"; absent for file-level problems. */
  field?: string;
  /** German message for editors, naming the bad value and what is allowed. */
  message: string;
}

export type PathSegment = string | number;

export function formatField(path: readonly PathSegment[]): string {
  return path.reduce<string>(
    (acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg),
    '',
  );
}

/** "content/x.md:12 – Feld „titel“: Darf nicht leer sein." */
export function formatProblem(p: ContentProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const field = p.field ? `Feld „${p.field}“: ` : '';
  return `${where} – ${field}${p.message}`;
}

/** GitHub Actions annotation, shown on the line in a pull request. */
export function formatAnnotation(p: ContentProblem): string {
  const props = [`file=${p.file}`, p.line ? `line=${p.line}` : null, 'title=Inhaltsfehler']
    .filter(Boolean)
    .join(',');
  const field = p.field ? `Feld „${p.field}“: ` : '';
  // Annotation messages must escape %, CR and LF.
  const msg = `${field}${p.message}`.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return `::error ${props}::${msg}`;
}

const quote = (v: unknown) => (typeof v === 'string' ? `„${v}“` : JSON.stringify(v));
const typeNames: Record<string, string> = {
  string: 'Text',
  number: 'Zahl',
  boolean: 'true oder false',
  array: 'Liste',
  object: 'Abschnitt mit Unterfeldern',
};
function describeValue(value: unknown): string {
  if (value === null) return 'leerer Wert';
  if (Array.isArray(value)) return value.length ? 'Liste' : 'leere Liste';
  if (value instanceof Date)
    return `Datum ${value.toISOString().slice(0, 10)} (bitte in Anführungszeichen setzen)`;
  return `${typeNames[typeof value] ?? typeof value} ${typeof value === 'object' ? '' : quote(value)}`.trim();
}

export function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let cur: unknown = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

/**
 * What editors see on the site for a vocabulary code, per field: e.g.
 * labels.fachbereiche.get('soziales') === 'Fachbereich Soziales'.
 */
export type FieldLabels = Partial<Record<string, ReadonlyMap<string, string>>>;

/** Template placeholders look like <<Text>>; bounded and linear (no nested quantifiers). */
export const placeholderPattern = /<<[^<>\n]{0,300}>>/;

/** "Fachbereich Soziales (soziales)": the label the site shows, with the code in brackets. */
function labelled(code: string, labels: ReadonlyMap<string, string> | undefined): string {
  const label = labels?.get(code);
  return label && label !== code ? `${label} (${code})` : code;
}

/** Turns one zod issue into a German message. `data` is the parsed input. */
export function issueMessage(
  issue: z.core.$ZodIssue,
  data: unknown,
  allowedKeys: readonly string[],
  labels: FieldLabels = {},
): string {
  const value = valueAt(data, issue.path as PathSegment[]);
  // zod reports a missing enum field as an invalid value; either way the field is missing.
  if (value === undefined && issue.code !== 'unrecognized_keys') {
    return issue.code === 'invalid_type' || issue.code === 'invalid_value'
      ? 'Pflichtfeld fehlt.'
      : issue.message;
  }
  switch (issue.code) {
    case 'unrecognized_keys':
      return `Unbekanntes Feld ${issue.keys.map(quote).join(', ')}.${suggestion(issue.keys[0] ?? '', allowedKeys)} Erlaubte Felder: ${allowedKeys.join(', ')}.`;
    case 'invalid_type':
      return `Falscher Typ: erwartet ${typeNames[issue.expected] ?? issue.expected}, gefunden ${describeValue(value)}.`;
    case 'invalid_value': {
      const field = issue.path.find((seg) => typeof seg === 'string');
      const map = typeof field === 'string' ? labels[field] : undefined;
      const allowed = issue.values.map(String);
      const best = closest(value, allowed);
      const hint = best ? ` Meinten Sie „${best}“${map?.get(best) ? ` (${map.get(best)})` : ''}?` : '';
      return `Unbekannter Wert ${quote(value)}.${hint} Erlaubt: ${allowed.map((v) => labelled(v, map)).join(', ')}.`;
    }
    default:
      return `${issue.message} Gefunden: ${describeValue(value)}.`;
  }
}

const romanNumerals: [number, string][] = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];
/** 4 → "IV"; only for the small numbers Dezernate have. */
export function toRoman(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 39) return undefined;
  let rest = n;
  let out = '';
  for (const [value, numeral] of romanNumerals) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

/**
 * The allowed value an editor most likely meant: a Roman numeral for a number
 * ("4" → "IV"), else the closest spelling.
 */
export function closest(value: unknown, allowed: readonly string[]): string | undefined {
  const text = String(value).trim();
  if (/^\d{1,2}$/.test(text)) {
    const roman = toRoman(Number(text));
    if (roman && allowed.includes(roman)) return roman;
  }
  return closestSpelling(text, allowed);
}

/** Levenshtein distance, for "Meinten Sie …?" hints. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] ?? 0;
}

function suggestion(bad: string, allowed: readonly string[]): string {
  const best = closestSpelling(bad, allowed);
  return best ? ` Meinten Sie „${best}“?` : '';
}

export function closestSpelling(bad: string, allowed: readonly string[]): string | undefined {
  if (bad.length > 100) return undefined; // keeps the distance computation small for any input
  const lower = bad.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of allowed) {
    const d = candidate.startsWith(lower) && lower.length >= 3 ? 1 : distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best && bestDistance <= Math.max(2, Math.floor(bad.length / 4)) ? best : undefined;
}
