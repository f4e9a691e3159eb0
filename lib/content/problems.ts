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

/** Turns one zod issue into a German message. `data` is the parsed input. */
export function issueMessage(issue: z.core.$ZodIssue, data: unknown, allowedKeys: readonly string[]): string {
  const value = valueAt(data, issue.path as PathSegment[]);
  switch (issue.code) {
    case 'unrecognized_keys':
      return `Unbekanntes Feld ${issue.keys.map(quote).join(', ')}.${suggest(issue.keys[0] ?? '', allowedKeys)} Erlaubte Felder: ${allowedKeys.join(', ')}.`;
    case 'invalid_type':
      if (value === undefined) return 'Pflichtfeld fehlt.';
      return `Falscher Typ: erwartet ${typeNames[issue.expected] ?? issue.expected}, gefunden ${describeValue(value)}.`;
    case 'invalid_value':
      return `Unbekannter Wert ${quote(value)}.${suggest(String(value), issue.values.map(String))} Erlaubt: ${issue.values.map((v) => String(v)).join(', ')}.`;
    default:
      return value === undefined ? issue.message : `${issue.message} Gefunden: ${describeValue(value)}.`;
  }
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

function suggest(bad: string, allowed: readonly string[]): string {
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
  return best && bestDistance <= Math.max(2, Math.floor(bad.length / 4)) ? ` Meinten Sie „${best}“?` : '';
}
