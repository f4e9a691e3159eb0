import { hyphenateSync } from 'hyphen/de';

/**
 * How visible text is set (docs/design.md, „Silbentrennung und Sprache von Teilen“):
 *
 * - **Soft hyphens in long German words.** Browsers hyphenate German only where they have a
 *   dictionary (`hyphens: auto`); one without (e.g. Chromium on Linux) breaks a compound that
 *   does not fit its line at an arbitrary letter, without a hyphen. So long words get soft
 *   hyphens (U+00AD) from the TeX hyphenation patterns for German (package `hyphen`, reformed
 *   spelling 1996): invisible unless the line breaks there, ignored by search-in-page, by
 *   screen readers and by accessible names.
 * - **Language of parts (WCAG 3.1.2).** Expressions in another language listed in
 *   content/sprachen.yml (e.g. „Youth for Equality“) are marked with their language, so a
 *   screen reader pronounces them right; they get no German soft hyphens.
 *
 * Used for Markdown (lib/markdown.ts) and for titles in JSX (components/Typeset.tsx). Data
 * (API, CSV, search, page titles) keeps the plain text.
 */

/** A piece of text as it is set: German (hyphenated) or in the given language. */
export interface TextPiece {
  text: string;
  lang?: string;
}

/** Expressions in other languages, compiled for matching (see compileForeignTerms). */
export interface ForeignTerms {
  /** null: no expressions. */
  pattern: RegExp | null;
  langOf: ReadonlyMap<string, string>;
}

export const noForeignTerms: ForeignTerms = { pattern: null, langOf: new Map() };

/** Letter runs this long or longer get soft hyphens; shorter words fit every line. */
export const hyphenateFrom = 10;

const softHyphen = '\u00AD';
const longWord = new RegExp(`\\p{L}{${hyphenateFrom},}`, 'gu');

/** Hyphenated forms of the words seen so far: the catalogue's vocabulary is small. */
const seen = new Map<string, string>();
const seenLimit = 50_000;

function hyphenateWord(word: string): string {
  const known = seen.get(word);
  if (known !== undefined) return known;
  const result = hyphenateSync(word, { minWordLength: hyphenateFrom });
  if (seen.size < seenLimit) seen.set(word, result);
  return result;
}

/** German text with soft hyphens in every word of at least `hyphenateFrom` letters. Linear time. */
export function hyphenate(text: string): string {
  return text.replace(longWord, hyphenateWord);
}

/** The text without soft hyphens (search input may be copied from the page). */
export function withoutSoftHyphens(text: string): string {
  return text.replaceAll(softHyphen, '');
}

/**
 * Compiles the expressions of content/sprachen.yml (language → expressions) into one pattern.
 * An expression matches as a whole word: not inside a longer word („Diversitygruppen“ stays
 * German), but next to punctuation or a hyphen („Diversity-Maßnahmenkatalog“). Longer
 * expressions win („Gender Mainstreaming“ before „Gender“). The expressions are the editors'
 * fixed strings, escaped; the pattern is an alternation of literals (no nested quantifiers).
 */
export function compileForeignTerms(byLanguage: Readonly<Record<string, readonly string[]>>): ForeignTerms {
  const langOf = new Map<string, string>();
  for (const [lang, terms] of Object.entries(byLanguage)) for (const t of terms) langOf.set(t, lang);
  if (langOf.size === 0) return noForeignTerms;
  const alternatives = [...langOf.keys()]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
    langOf,
  };
}

/** Splits text into German pieces (with soft hyphens) and pieces in another language. */
export function typeset(text: string, terms: ForeignTerms): TextPiece[] {
  const pieces: TextPiece[] = [];
  let from = 0;
  if (terms.pattern) {
    for (const match of text.matchAll(terms.pattern)) {
      const at = match.index ?? 0;
      if (at > from) pieces.push({ text: hyphenate(text.slice(from, at)) });
      pieces.push({ text: match[0], lang: terms.langOf.get(match[0]) });
      from = at + match[0].length;
    }
  }
  if (from < text.length || pieces.length === 0) pieces.push({ text: hyphenate(text.slice(from)) });
  return pieces;
}
