import type { Element, ElementContent, Root } from 'hast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import { visit } from 'unist-util-visit';
import { type ForeignTerms, noForeignTerms, typeset } from './typography';

/**
 * Markdown → sanitised HTML, the only place where content becomes HTML.
 * Raw HTML in Markdown is dropped by remark-rehype; rehype-sanitize (GitHub's
 * schema) then removes anything else unsafe. Images are allowed only from the
 * site itself (a path starting with a single "/").
 */
const schema = {
  ...defaultSchema,
  // Footnote ids are already prefixed ("user-content-") by remark-rehype; raw HTML
  // (the other source of ids) never gets here, so no second prefix is needed.
  clobber: [],
  protocols: { ...defaultSchema.protocols, src: [] },
};

function isSameSite(src: unknown): boolean {
  return typeof src === 'string' && src.startsWith('/') && !src.startsWith('//') && !src.startsWith('/\\');
}

/** Drops images that do not come from the site, marks external links, sets where addresses in link texts may wrap. */
function rehypeSiteRules() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'img' && !isSameSite(node.properties.src) && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return index;
      }
      if (node.tagName === 'a' && typeof node.properties.href === 'string') {
        if (/^https?:/.test(node.properties.href)) node.properties.rel = ['noopener'];
        breakableLinkText(node);
      }
      return undefined;
    });
  };
}

/** The text of a link whose text is one word (an address, e.g. a URL or e-mail), else null. */
function addressText(link: Element): string | null {
  const [only] = link.children;
  if (link.children.length !== 1 || only?.type !== 'text' || /\s/.test(only.value)) return null;
  return /^(https?:\/\/|www\.)/i.test(only.value) || only.value.includes('@') ? only.value : null;
}

/**
 * Soft hyphens in long German words and the language of foreign expressions (lib/typography.ts),
 * in text only: not in code and not in written-out addresses.
 */
function rehypeTypeset(terms: ForeignTerms) {
  const skip = (node: Element) =>
    node.tagName === 'code' || node.tagName === 'pre' || (node.tagName === 'a' && addressText(node) !== null);
  const setChildren = (node: Element | Root) => {
    node.children = node.children.flatMap((child): ElementContent[] => {
      if (child.type === 'element') {
        if (!skip(child)) setChildren(child);
        return [child];
      }
      if (child.type !== 'text') return [child as ElementContent];
      return typeset(child.value, terms).map(
        (piece): ElementContent =>
          piece.lang
            ? {
                type: 'element',
                tagName: 'span',
                properties: { lang: piece.lang },
                children: [{ type: 'text', value: piece.text }],
              }
            : { type: 'text', value: piece.text },
      );
    });
  };
  return (tree: Root) => setChildren(tree);
}

/**
 * Where a link's text may wrap on a narrow screen. An e-mail address only before its "@",
 * never at its hyphen (same structure as components/EmailAddress.tsx); a written-out web
 * address after "/" and before "." (<wbr>), not at an arbitrary letter. Anything else is left
 * alone. Runs after sanitising: the elements and classes are ours.
 */
function breakableLinkText(link: Element): void {
  const text = addressText(link);
  if (text === null) return;
  const wbr = (): Element => ({ type: 'element', tagName: 'wbr', properties: {}, children: [] });
  if (/^(https?:\/\/|www\.)/i.test(text)) {
    link.children = text
      .split(/(?<=\/)(?!\/)|(?=\.)/)
      .flatMap((piece, i): ElementContent[] => [...(i === 0 ? [] : [wbr()]), { type: 'text', value: piece }]);
    return;
  }
  const at = text.lastIndexOf('@');
  if (at <= 0 || !String(link.properties.href).startsWith('mailto:')) return;
  const part = (value: string): Element => ({
    type: 'element',
    tagName: 'span',
    properties: { className: ['nowrap'] },
    children: [{ type: 'text', value }],
  });
  link.children = [part(text.slice(0, at)), wbr(), part(text.slice(at))];
}

function createProcessor(terms: ForeignTerms) {
  return remark()
    .use(remarkGfm)
    .use(remarkRehype, { footnoteLabel: 'Fußnoten', footnoteBackLabel: 'Zurück zum Text' })
    .use(rehypeSanitize, schema)
    .use(rehypeTypeset, terms)
    .use(rehypeSiteRules)
    .use(rehypeStringify);
}

/** One processor per set of foreign expressions (in practice: one per loaded catalogue). */
const processors = new WeakMap<ForeignTerms, ReturnType<typeof createProcessor>>();

function processorFor(terms: ForeignTerms) {
  let p = processors.get(terms);
  if (!p) {
    p = createProcessor(terms);
    processors.set(terms, p);
  }
  return p;
}

/**
 * The catalogue writes gender-inclusive forms with a star ("Bürger*innen",
 * "Kolleg*in"). In Markdown an intraword star can open emphasis, so a star
 * between a letter and a lower-case letter is escaped before parsing.
 */
export function protectGenderStars(markdown: string): string {
  return markdown.replace(/(?<=\p{L})\*(?=\p{Ll})/gu, '\\*');
}

/** `terms`: expressions in other languages (content/sprachen.yml) to mark with their language. */
export function markdownToHtml(markdown: string, terms: ForeignTerms = noForeignTerms): string {
  return String(processorFor(terms).processSync(protectGenderStars(markdown)));
}

/**
 * HTML and plain text of a Markdown snippet from one parse (the loader needs both;
 * parsing is most of the validation time). Same output as markdownToHtml and
 * markdownToText.
 */
export function renderMarkdown(
  markdown: string,
  terms: ForeignTerms = noForeignTerms,
): { html: string; text: string } {
  const processor = processorFor(terms);
  const tree = processor.parse(protectGenderStars(markdown));
  // Text first: the walk only reads the tree, the HTML pipeline builds a new one from it.
  const text = treeToText(tree as MdNode);
  return { html: String(processor.stringify(processor.runSync(tree))), text };
}

const parser = remark().use(remarkGfm);
const blockTypes = new Set([
  'paragraph',
  'heading',
  'listItem',
  'tableCell',
  'blockquote',
  'footnoteDefinition',
]);

/** Plain text of a Markdown snippet (for excerpts, search and exports); footnote markers are dropped. */
export function markdownToText(markdown: string): string {
  return treeToText(parser.parse(protectGenderStars(markdown)) as MdNode);
}

function treeToText(tree: MdNode): string {
  const parts: string[] = [];
  const walk = (node: MdNode) => {
    if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition') return;
    if ((node.type === 'text' || node.type === 'inlineCode') && typeof node.value === 'string')
      parts.push(node.value);
    for (const child of node.children ?? []) walk(child);
    if (blockTypes.has(node.type)) parts.push(' ');
  };
  walk(tree);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

interface MdNode {
  type: string;
  value?: unknown;
  children?: MdNode[];
}

/** Bounds for Markdown that comes from a form (lib/proposal.ts); the catalogue's own texts stay far below. */
export const markdownBounds = {
  /** Containers (block quotes, list items) nested in one another. */
  depth: 8,
  /** Emphasis and strike delimiters ("*", "_", "~") and backticks in one text (resolved in quadratic time). */
  delimiters: 100,
  /** Brackets and "<" (each may open a link, footnote or autolink whose end is searched). */
  brackets: 20,
  /** Table cell separators ("|"): every cell of a GFM table costs a lot. */
  pipes: 60,
} as const;

/**
 * Rejects Markdown whose parse would be slow or deep, before any parser sees it: nesting
 * deeper than `markdownBounds.depth` (">" × 6000 overflowed the stack of the Markdown pipeline)
 * and more special characters than the other bounds allow (micromark's emphasis, label and table
 * handling grows faster than linearly in their number). One pass over the text, no regex.
 * Returns a German message, or null when the text is fine.
 */
export function markdownShapeProblem(markdown: string): string | null {
  let depth = 0;
  let atLineStart = true;
  let indent = 0;
  let delimiters = 0;
  let brackets = 0;
  let pipes = 0;
  for (let i = 0; i < markdown.length; i++) {
    const c = markdown.charCodeAt(i);
    if (c === 10) {
      atLineStart = true;
      depth = 0;
      indent = 0;
      continue;
    }
    if (c === 42 && isGenderStar(markdown, i)) {
      // escaped by protectGenderStars: plain text, no delimiter
    } else if (c === 42 || c === 95 || c === 96 || c === 126) delimiters++;
    else if (c === 91 || c === 93 || c === 60) brackets++;
    else if (c === 124) pipes++;
    if (!atLineStart) continue;
    if (c === 32) indent++;
    else if (c === 9) indent += 4;
    else if (
      c === 62 /* > */ ||
      ((c === 45 || c === 42 || c === 43) /* - * + */ && isSpaceOrEnd(markdown, i + 1))
    ) {
      depth += 1 + Math.floor(indent / 4);
      indent = 0;
    } else if (c >= 48 && c <= 57) {
      // "1." or "1)" followed by a space opens an ordered list item.
      let j = i;
      while (j < markdown.length && j - i < 9 && markdown.charCodeAt(j) >= 48 && markdown.charCodeAt(j) <= 57)
        j++;
      const d = markdown.charCodeAt(j);
      if ((d === 46 || d === 41) && isSpaceOrEnd(markdown, j + 1)) {
        depth += 1 + Math.floor(indent / 4);
        indent = 0;
        i = j;
      } else atLineStart = false;
    } else atLineStart = false;
    // Indentation before a marker nests list items too (at least two columns a level; counted
    // generously as four, so an indented code block alone is no problem).
    if (depth > markdownBounds.depth)
      return `Zu tief verschachtelt: höchstens ${markdownBounds.depth} Ebenen aus Zitaten („>“) und Listen.`;
    // Spaces after a marker ("> > x") separate markers; only indentation before one nests.
    if (c !== 32 && c !== 9) indent = 0;
  }
  if (delimiters > markdownBounds.delimiters)
    return `Zu viele Formatierungszeichen „*“, „_“, „~“ oder Backticks: höchstens ${markdownBounds.delimiters}.`;
  if (brackets > markdownBounds.brackets)
    return `Zu viele Klammern „[“, „]“ oder Zeichen „<“: höchstens ${markdownBounds.brackets}.`;
  if (pipes > markdownBounds.pipes) return `Zu viele Zeichen „|“: höchstens ${markdownBounds.pipes}.`;
  return null;
}

/** A star between a letter and a lower-case letter ("Bürger*innen"), as protectGenderStars sees it. */
function isGenderStar(text: string, i: number): boolean {
  return i > 0 && /\p{L}/u.test(text.charAt(i - 1)) && /\p{Ll}/u.test(text.charAt(i + 1));
}

function isSpaceOrEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return Number.isNaN(c) || c === 32 || c === 9 || c === 10;
}
