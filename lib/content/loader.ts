import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { z } from 'zod';
import { renderMarkdown } from '../markdown';
import { compileForeignTerms, type ForeignTerms, noForeignTerms } from '../typography';
import {
  type ContentProblem,
  closestSpelling,
  type FieldLabels,
  formatField,
  issueMessage,
  type PathSegment,
  placeholderPattern,
  valueAt,
} from './problems';
import {
  angebotsartSchema,
  dezernatSchema,
  dimensionSchema,
  type Fachbereich,
  fachbereichSchema,
  katalogSchema,
  kontaktFrontmatterSchema,
  massnahmeFrontmatterSchema,
  seiteFrontmatterSchema,
  slugPattern,
  spracheSchema,
  suchbegriffSchema,
  type Vocabulary,
  zielgruppeSchema,
} from './schema';
import type { Catalog, Kontakt, Massnahme, Seite, TextPart } from './types';
import { parseYaml } from './yaml';

/** Body sections of a measure file: heading → field. */
export const massnahmeSections = {
  Beschreibung: 'beschreibung',
  'Ziele und Zielgruppen': 'ziele',
  'Weitere Angaben zur Verantwortung': 'verantwortung',
} as const;
type SectionField = (typeof massnahmeSections)[keyof typeof massnahmeSections];

export interface LoadResult {
  catalog: Catalog | null;
  problems: ContentProblem[];
}

/** Reads text, dropping a byte-order mark and normalising CRLF line ends. */
function readText(file: string): string {
  return fs
    .readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
}

function textPart(markdown: string, terms: ForeignTerms = noForeignTerms): TextPart {
  const md = markdown.trim();
  return { markdown: md, ...renderMarkdown(md, terms) };
}

export function firstSentence(text: string): string {
  // A sentence ends at . ! ? followed by a space and an upper-case letter; "z. B." and "u. a." do not end one.
  const m = text.match(
    /^.*?(?<!\b(?:z|u|d|bzw|ca|ggf|inkl|vgl|max|Nr|Abs|St|e\.V|B|a))[.!?](?=\s+[A-ZÄÖÜ„])/,
  );
  return (m ? m[0] : text).trim();
}

/** Options of one schema check. */
interface CheckOptions {
  prefix?: readonly PathSegment[];
  /** Labels of vocabulary codes, per field, for messages. */
  labels?: FieldLabels;
  /** Paths already reported (e.g. placeholders); issues at or below them are dropped. */
  reported?: readonly (readonly PathSegment[])[];
}

const startsWith = (p: readonly PathSegment[], prefix: readonly PathSegment[]) =>
  prefix.every((seg, i) => p[i] === seg);

/**
 * Validates `data` with `schema`, reporting each issue with file, line and field: one
 * message per real problem. A misspelled key of a missing required field ("dezernant"
 * for "dezernat") is reported once, at the misspelled key.
 */
function check<S extends z.ZodType>(
  schema: S,
  data: unknown,
  rel: string,
  lineOf: (p: readonly PathSegment[], key?: boolean) => number,
  problems: ContentProblem[],
  { prefix = [], labels = {}, reported = [] }: CheckOptions = {},
): z.infer<S> | null {
  const res = schema.safeParse(data);
  if (res.success) return res.data;
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  const allowedKeys = shape ? Object.keys(shape) : [];
  const issues = res.error.issues.filter(
    (i) => !reported.some((r) => startsWith(i.path as PathSegment[], r)),
  );
  // Top-level required fields that are missing, and the unknown keys that probably meant them.
  const missing = new Set(
    issues
      .filter((i) => i.path.length === 1 && valueAt(data, i.path as PathSegment[]) === undefined)
      .map((i) => String(i.path[0])),
  );
  const meant = new Map<string, string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys' || issue.path.length) continue;
    for (const key of issue.keys) {
      const best = closestSpelling(key, [...missing]);
      if (best && ![...meant.values()].includes(best)) meant.set(key, best);
    }
  }
  const covered = new Set(meant.values());
  for (const issue of issues) {
    const p = issue.path as PathSegment[];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const field = meant.get(key);
        problems.push({
          file: rel,
          line: lineOf([...prefix, ...p, key], true),
          field: formatField([...p, key]),
          message: field
            ? `Unbekanntes Feld „${key}“. Meinten Sie „${field}“? Das Pflichtfeld „${field}“ fehlt sonst.`
            : issueMessage({ ...issue, keys: [key] }, data, allowedKeys, labels),
        });
      }
      continue;
    }
    if (p.length === 1 && covered.has(String(p[0]))) continue;
    // A missing field is reported on the line of its parent key.
    const isMissing = valueAt(data, p) === undefined;
    problems.push({
      file: rel,
      line: isMissing ? lineOf([...prefix, ...p.slice(0, -1)], true) : lineOf([...prefix, ...p]),
      field: formatField(p) || undefined,
      message: issueMessage(issue, data, allowedKeys, labels),
    });
  }
  return null;
}

/** Reads a YAML vocabulary file that holds a list of entries. */
function loadList<S extends z.ZodType>(
  root: string,
  name: string,
  schema: S,
  problems: ContentProblem[],
  optional = false,
): z.infer<S>[] {
  const rel = `content/${name}`;
  const file = path.join(root, name);
  if (!fs.existsSync(file)) {
    if (!optional) problems.push({ file: rel, message: 'Datei fehlt.' });
    return [];
  }
  const y = parseYaml(readText(file));
  if (y.errors.length) {
    for (const e of y.errors)
      problems.push({ file: rel, line: e.line, message: `YAML-Syntaxfehler: ${e.message}` });
    return [];
  }
  if (!Array.isArray(y.data)) {
    problems.push({ file: rel, line: 1, message: 'Erwartet eine Liste von Einträgen („- slug: …“).' });
    return [];
  }
  const out: z.infer<S>[] = [];
  y.data.forEach((item, i) => {
    const v = check(schema, item, rel, y.lineOf, problems, { prefix: [i] });
    if (v) out.push(v);
  });
  const seen = new Set<string>();
  y.data.forEach((item, i) => {
    const key = (item as { slug?: unknown; id?: unknown })?.slug ?? (item as { id?: unknown })?.id;
    if (typeof key !== 'string') return;
    if (seen.has(key))
      problems.push({ file: rel, line: y.lineOf([i]), message: `Doppelter Eintrag „${key}“.` });
    seen.add(key);
  });
  return out;
}

export interface MarkdownFile {
  slug: string;
  rel: string;
  data: unknown;
  body: string;
  bodyLine: number;
  lineOf: (p: readonly PathSegment[], key?: boolean) => number;
}

/** Splits one Markdown file into front matter (parsed with line numbers) and body; null when unreadable. */
export function parseMarkdownText(
  rel: string,
  slug: string,
  text: string,
  problems: ContentProblem[],
): MarkdownFile | null {
  if (!text.startsWith('---\n')) {
    problems.push({
      file: rel,
      line: 1,
      message: 'Die Datei muss mit einem Kopfbereich beginnen: erste Zeile „---“.',
    });
    return null;
  }
  if (!/\n---\s*(\n|$)/.test(text.slice(3))) {
    // The closing line belongs before the first line that cannot be front matter:
    // an empty line or a Markdown heading ("## Beschreibung", which YAML would read as a comment).
    const lines = text.split('\n');
    const at = lines.findIndex((l, i) => i > 0 && (!l.trim() || /^#{1,6}\s/.test(l)));
    const line = at < 0 ? lines.length + 1 : at + 1;
    problems.push({
      file: rel,
      line,
      message: `Der Kopfbereich wird nicht mit einer Zeile „---“ geschlossen. Sie gehört vor Zeile ${line}${
        at < 0
          ? ' (ans Ende der Datei)'
          : lines[at]?.trim()
            ? ` („${lines[at]?.trim().slice(0, 60)}“)`
            : ' (die erste Leerzeile)'
      }.`,
    });
    return null;
  }
  // gray-matter splits front matter and body; the YAML is parsed here to keep line numbers.
  const parsed = matter(text, { engines: { yaml: () => ({}) } });
  const y = parseYaml(parsed.matter);
  // parsed.matter starts right after the opening "---" (with its line break), so YAML line n is file line n.
  if (y.errors.length) {
    for (const e of y.errors)
      problems.push({ file: rel, line: e.line, message: `YAML-Syntaxfehler im Kopfbereich: ${e.message}` });
    return null;
  }
  if (!y.data || typeof y.data !== 'object' || Array.isArray(y.data)) {
    problems.push({
      file: rel,
      line: 2,
      message: 'Der Kopfbereich muss Felder der Form „name: wert“ enthalten.',
    });
    return null;
  }
  const bodyOffset = text.length - parsed.content.length;
  const bodyLine = text.slice(0, bodyOffset).split('\n').length;
  return { slug, rel, data: y.data, body: parsed.content, bodyLine, lineOf: (p, key) => y.lineOf(p, key) };
}

/** Reads all publishable Markdown files of a folder (files starting with "_" are templates). */
function readMarkdownFolder(root: string, folder: string, problems: ContentProblem[]): MarkdownFile[] {
  const dir = path.join(root, folder);
  if (!fs.existsSync(dir)) {
    problems.push({ file: `content/${folder}`, message: 'Ordner fehlt.' });
    return [];
  }
  const files: MarkdownFile[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    if (name.startsWith('_') || name.startsWith('.')) continue;
    const rel = `content/${folder}/${name}`;
    if (!name.endsWith('.md')) {
      problems.push({
        file: rel,
        message: 'Unerwartete Datei: Inhalte sind Markdown-Dateien mit der Endung .md.',
      });
      continue;
    }
    const slug = name.slice(0, -3);
    if (!slugPattern.test(slug)) {
      problems.push({
        file: rel,
        message: `Ungültiger Dateiname „${name}“: nur Kleinbuchstaben a–z, Ziffern und Bindestriche (ä → ae, ö → oe, ü → ue, ß → ss), z. B. „sprachkurse-der-vhs.md“.`,
      });
      continue;
    }
    const file = parseMarkdownText(rel, slug, readText(path.join(dir, name)), problems);
    if (file) files.push(file);
  }
  return files;
}

/**
 * The text of a "## " heading line, or null: linear time (a regex such as /^##\s+(.+?)\s*$/
 * backtracks quadratically on "## x" followed by many spaces, e.g. from the proposal form).
 */
export function sectionHeading(line: string): string | null {
  if (!line.startsWith('##') || !/\s/.test(line.charAt(2))) return null;
  const text = line.slice(2).trim();
  return text ? text : null;
}

/** Splits a measure body into its "## " sections, reporting unknown, doubled, missing or empty ones. */
function splitSections(f: MarkdownFile, problems: ContentProblem[]): Partial<Record<SectionField, string>> {
  const out: Partial<Record<SectionField, string>> = {};
  const lines = f.body.split('\n');
  let current: SectionField | null = null;
  const allowed = Object.keys(massnahmeSections)
    .map((h) => `„## ${h}“`)
    .join(', ');
  let seenHeading = false;
  lines.forEach((line, i) => {
    if (line.startsWith('##') && /\s/.test(line.charAt(2))) seenHeading = true;
    const heading = sectionHeading(line);
    if (heading !== null) {
      const field = massnahmeSections[heading as keyof typeof massnahmeSections];
      if (!field) {
        problems.push({
          file: f.rel,
          line: f.bodyLine + i,
          message: `Unbekannte Überschrift „## ${heading}“. Erlaubt: ${allowed}.`,
        });
        current = null;
        return;
      }
      if (out[field] !== undefined) {
        problems.push({
          file: f.rel,
          line: f.bodyLine + i,
          message: `Überschrift „## ${heading}“ kommt doppelt vor.`,
        });
      }
      current = field;
      out[field] = '';
      return;
    }
    if (current) out[current] += `${line}\n`;
    else if (line.trim() && !seenHeading) {
      problems.push({
        file: f.rel,
        line: f.bodyLine + i,
        message: `Text vor der ersten Überschrift. Der Text beginnt mit „## Beschreibung“.`,
      });
    }
  });
  for (const [heading, field] of [
    ['Beschreibung', 'beschreibung'],
    ['Ziele und Zielgruppen', 'ziele'],
  ] as const) {
    if (out[field] === undefined) {
      problems.push({ file: f.rel, line: f.bodyLine, field, message: `Abschnitt „## ${heading}“ fehlt.` });
    } else if (!out[field]?.trim()) {
      problems.push({ file: f.rel, line: f.bodyLine, field, message: `Abschnitt „## ${heading}“ ist leer.` });
    }
  }
  return out;
}

/** What checking one measure needs besides the file. */
export interface MassnahmeContext {
  schema: ReturnType<typeof massnahmeFrontmatterSchema>;
  fachbereiche: readonly Fachbereich[];
  /** Labels the site shows for vocabulary codes, used in messages. */
  labels?: FieldLabels;
  /** Expressions in other languages (content/sprachen.yml), marked in the texts. */
  terms?: ForeignTerms;
}

/**
 * Reports every template placeholder (<<…>>) left in the front matter or the body and
 * returns the front-matter paths it reported, so the schema check does not report them again.
 */
function checkPlaceholders(
  f: MarkdownFile,
  labels: FieldLabels,
  problems: ContentProblem[],
): PathSegment[][] {
  const paths: PathSegment[][] = [];
  const walk = (value: unknown, p: PathSegment[]) => {
    if (typeof value === 'string') {
      const m = value.match(placeholderPattern);
      if (!m) return;
      paths.push(p);
      const known = labels[String(p[0])];
      const allowed = known
        ? ` Erlaubt: ${[...known].map(([code, label]) => `${label} (${code})`).join(', ')}.`
        : ' Die Felder sind in docs/redaktion.md erklärt.';
      problems.push({
        file: f.rel,
        line: f.lineOf(p),
        field: formatField(p),
        message: `Platzhalter „${m[0]}“ der Vorlage noch nicht ersetzt.${allowed}`,
      });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => {
        walk(v, [...p, i]);
      });
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, [...p, k]);
    }
  };
  walk(f.data, []);
  f.body.split('\n').forEach((line, i) => {
    const m = line.match(placeholderPattern);
    if (m) {
      problems.push({
        file: f.rel,
        line: f.bodyLine + i,
        message: `Platzhalter „${m[0]}“ der Vorlage im Text noch nicht ersetzt. Bitte durch eigenen Text ersetzen.`,
      });
      paths.push(['<text>']);
    }
  });
  return paths;
}

/**
 * Validates one measure file: front matter against the schema, the leading unit's
 * Dezernat, duplicate list values and the body sections. Used by the loader and by
 * the proposal form, so both report the same problems.
 */
export function checkMassnahme(
  f: MarkdownFile,
  { schema, fachbereiche, labels, terms }: MassnahmeContext,
  problems: ContentProblem[],
): Massnahme | null {
  const placeholders = checkPlaceholders(f, labels ?? {}, problems);
  const fm = check(schema, f.data, f.rel, f.lineOf, problems, { labels, reported: placeholders });
  const sections = splitSections(f, problems);
  if (!fm || placeholders.length) return null;
  const lead = fachbereiche.find((fb) => fb.slug === fm.fachbereiche[0]);
  if (lead && lead.dezernat !== fm.dezernat) {
    problems.push({
      file: f.rel,
      line: f.lineOf(['fachbereiche', 0]),
      field: 'fachbereiche[0]',
      message: `Der federführende Fachbereich „${lead.slug}“ gehört zu Dezernat ${lead.dezernat}, die Maßnahme steht aber unter Dezernat ${fm.dezernat}. Passende Fachbereiche für Dezernat ${fm.dezernat}: ${fachbereiche
        .filter((fb) => fb.dezernat === fm.dezernat)
        .map((fb) => fb.slug)
        .join(', ')}.`,
    });
  }
  for (const key of [
    'dimensionen',
    'fachbereiche',
    'richtung',
    'zielgruppen',
    'angebotsart',
    'kontakte',
  ] as const) {
    const list: readonly string[] = fm[key] ?? [];
    list.forEach((v, i) => {
      if (list.indexOf(v) !== i) {
        problems.push({
          file: f.rel,
          line: f.lineOf([key, i]),
          field: `${key}[${i}]`,
          message: `Wert „${v}“ steht doppelt in der Liste.`,
        });
      }
    });
  }
  if (!sections.beschreibung?.trim() || !sections.ziele?.trim()) return null;
  const beschreibung = textPart(sections.beschreibung, terms);
  return {
    ...fm,
    slug: f.slug,
    datei: f.rel,
    beschreibung,
    ziele: textPart(sections.ziele, terms),
    ...(sections.verantwortung?.trim() ? { verantwortung: textPart(sections.verantwortung, terms) } : {}),
    auszug: firstSentence(beschreibung.text),
  };
}

function orderKey(m: Pick<Massnahme, 'reihenfolge'>): number {
  return m.reihenfolge ?? Number.MAX_SAFE_INTEGER;
}

/**
 * Loads and validates everything in `root` (the content folder). Returns every
 * problem at once; `catalog` is null when there is any.
 */
export function loadContent(root: string): LoadResult {
  const problems: ContentProblem[] = [];
  const katalogFile = path.join(root, 'katalog.yaml');
  let katalog = null;
  if (fs.existsSync(katalogFile)) {
    const y = parseYaml(readText(katalogFile));
    if (y.errors.length) {
      for (const e of y.errors)
        problems.push({
          file: 'content/katalog.yaml',
          line: e.line,
          message: `YAML-Syntaxfehler: ${e.message}`,
        });
    } else katalog = check(katalogSchema, y.data, 'content/katalog.yaml', y.lineOf, problems);
  } else problems.push({ file: 'content/katalog.yaml', message: 'Datei fehlt.' });

  const sprachen = compileForeignTerms(
    Object.fromEntries(
      loadList(root, 'sprachen.yml', spracheSchema, problems, true).map((s) => [s.sprache, s.ausdruecke]),
    ),
  );
  const dimensionen = loadList(root, 'dimensionen.yaml', dimensionSchema, problems).sort(
    (a, b) => a.nummer - b.nummer,
  );
  const dezernate = loadList(root, 'dezernate.yaml', dezernatSchema, problems);
  const fachbereiche = loadList(root, 'fachbereiche.yaml', fachbereichSchema, problems);
  const zielgruppen = loadList(root, 'zielgruppen.yaml', zielgruppeSchema, problems);
  const angebotsarten = loadList(root, 'angebotsarten.yaml', angebotsartSchema, problems);
  const dezernatIds = dezernate.map((d) => d.id);
  for (const fb of fachbereiche) {
    if (!dezernatIds.includes(fb.dezernat)) {
      problems.push({
        file: 'content/fachbereiche.yaml',
        field: `${fb.slug}.dezernat`,
        message: `Unbekanntes Dezernat „${fb.dezernat}“. Erlaubt: ${dezernatIds.join(', ')}.`,
      });
    }
  }

  const kontakte: Kontakt[] = [];
  for (const f of readMarkdownFolder(root, 'kontakte', problems)) {
    const fm = check(kontaktFrontmatterSchema, f.data, f.rel, f.lineOf, problems);
    if (fm) kontakte.push({ ...fm, slug: f.slug, datei: f.rel, beschreibung: textPart(f.body, sprachen) });
  }
  kontakte.sort((a, b) => a.reihenfolge - b.reihenfolge);
  const kontaktSlugs = new Set(kontakte.map((k) => k.slug));
  for (const fb of fachbereiche) {
    if (fb.kontakt && !kontaktSlugs.has(fb.kontakt)) {
      problems.push({
        file: 'content/fachbereiche.yaml',
        field: `${fb.slug}.kontakt`,
        message: `Unbekannte Anlaufstelle „${fb.kontakt}“. Erlaubt: ${[...kontaktSlugs].join(', ')}.`,
      });
    }
  }
  const suchbegriffe = loadList(root, 'suchbegriffe.yml', suchbegriffSchema, problems, true);

  const seiten = new Map<string, Seite>();
  for (const f of readMarkdownFolder(root, 'seiten', problems)) {
    const fm = check(seiteFrontmatterSchema, f.data, f.rel, f.lineOf, problems);
    if (fm) seiten.set(f.slug, { ...fm, slug: f.slug, inhalt: textPart(f.body, sprachen) });
  }

  const vocab: Vocabulary = {
    dimensionen: dimensionen.map((d) => d.slug),
    dezernate: dezernatIds,
    fachbereiche: fachbereiche.map((f) => f.slug),
    zielgruppen: zielgruppen.map((z) => z.slug),
    angebotsarten: angebotsarten.map((a) => a.slug),
    kontakte: kontakte.map((k) => k.slug),
  };
  const schema = massnahmeFrontmatterSchema(vocab);
  const labelsOf = (items: readonly { slug: string; titel: string }[]) =>
    new Map(items.map((i) => [i.slug, i.titel]));
  const labels: FieldLabels = {
    dimensionen: labelsOf(dimensionen),
    fachbereiche: labelsOf(fachbereiche),
    zielgruppen: labelsOf(zielgruppen),
    kontakte: labelsOf(kontakte),
  };
  const massnahmen: Massnahme[] = [];
  const titles = new Map<string, string>();
  for (const f of readMarkdownFolder(root, 'massnahmen', problems)) {
    const m = checkMassnahme(f, { schema, fachbereiche, labels, terms: sprachen }, problems);
    if (!m) continue;
    const titleKey = m.titel.toLocaleLowerCase('de');
    const other = titles.get(titleKey);
    if (other) {
      problems.push({
        file: f.rel,
        line: f.lineOf(['titel']),
        field: 'titel',
        message: `Titel „${m.titel}“ gibt es schon in ${other}.`,
      });
    }
    titles.set(titleKey, f.rel);
    massnahmen.push(m);
  }
  const sectionNo = new Map(dimensionen.map((d) => [d.slug, d.nummer]));
  massnahmen.sort(
    (a, b) =>
      (sectionNo.get(a.dimensionen[0] ?? '') ?? 99) - (sectionNo.get(b.dimensionen[0] ?? '') ?? 99) ||
      orderKey(a) - orderKey(b) ||
      a.titel.localeCompare(b.titel, 'de'),
  );

  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  if (problems.length || !katalog) return { catalog: null, problems };
  return {
    catalog: {
      katalog,
      dimensionen,
      dezernate,
      fachbereiche,
      zielgruppen,
      angebotsarten,
      kontakte,
      seiten,
      massnahmen,
      suchbegriffe,
      sprachen,
    },
    problems,
  };
}
