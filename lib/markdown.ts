import type { Element, Root } from 'hast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import { visit } from 'unist-util-visit';

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

/** Drops images that do not come from the site, and marks external links. */
function rehypeSiteRules() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'img' && !isSameSite(node.properties.src) && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return index;
      }
      if (
        node.tagName === 'a' &&
        typeof node.properties.href === 'string' &&
        /^https?:/.test(node.properties.href)
      ) {
        node.properties.rel = ['noopener'];
      }
      return undefined;
    });
  };
}

const processor = remark()
  .use(remarkGfm)
  .use(remarkRehype, { footnoteLabel: 'Fußnoten', footnoteBackLabel: 'Zurück zum Text' })
  .use(rehypeSanitize, schema)
  .use(rehypeSiteRules)
  .use(rehypeStringify);

/**
 * The catalogue writes gender-inclusive forms with a star ("Bürger*innen",
 * "Kolleg*in"). In Markdown an intraword star can open emphasis, so a star
 * between a letter and a lower-case letter is escaped before parsing.
 */
export function protectGenderStars(markdown: string): string {
  return markdown.replace(/(?<=\p{L})\*(?=\p{Ll})/gu, '\\*');
}

export function markdownToHtml(markdown: string): string {
  return String(processor.processSync(protectGenderStars(markdown)));
}

/**
 * HTML and plain text of a Markdown snippet from one parse (the loader needs both;
 * parsing is most of the validation time). Same output as markdownToHtml and
 * markdownToText.
 */
export function renderMarkdown(markdown: string): { html: string; text: string } {
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
