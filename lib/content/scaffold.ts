import { stringify } from 'yaml';
import type { MassnahmeFrontmatter } from './schema';

/** Longest file name (slug) the form and `npm run neu` make from a title. */
export const slugMaxLength = 60;

/**
 * File name (slug) for a measure title: lowercase ASCII, ä → ae, ö → oe, ü → ue, ß → ss.
 * A long title is cut at the last word boundary (hyphen) within `slugMaxLength`, never mid-word;
 * only a single word longer than that is cut hard. The one slug function of the proposal form
 * (lib/proposal.ts) and `npm run neu` (scripts/neu.ts).
 */
export function slugify(title: string): string {
  const full = title
    .toLocaleLowerCase('de')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (full.length <= slugMaxLength) return full;
  // The character after the cut is a hyphen: the cut falls exactly on a word boundary.
  if (full[slugMaxLength] === '-') return full.slice(0, slugMaxLength);
  const head = full.slice(0, slugMaxLength);
  const boundary = head.lastIndexOf('-');
  return boundary > 0 ? head.slice(0, boundary) : head;
}

export interface MassnahmeDraft extends Omit<MassnahmeFrontmatter, 'reihenfolge'> {
  beschreibung: string;
  ziele: string;
}

/** The Markdown file of a measure, in the field order of the content model. */
export function massnahmeMarkdown(d: MassnahmeDraft): string {
  const fm: Record<string, unknown> = { titel: d.titel };
  if (d.kurztitel) fm.kurztitel = d.kurztitel;
  Object.assign(fm, {
    dimensionen: d.dimensionen,
    dezernat: d.dezernat,
    fachbereiche: d.fachbereiche,
    verantwortlich: d.verantwortlich,
    richtung: d.richtung,
    neu: d.neu,
    zielgruppen: d.zielgruppen,
    angebotsart: d.angebotsart,
  });
  if (d.kontakte?.length) fm.kontakte = d.kontakte;
  if (d.links?.length) fm.links = d.links;
  const yaml = stringify(fm, { lineWidth: 0 });
  const clean = (s: string) => s.replace(/\r\n?/g, '\n').trim();
  return `---\n${yaml}---\n\n## Beschreibung\n\n${clean(d.beschreibung)}\n\n## Ziele und Zielgruppen\n\n${clean(d.ziele)}\n`;
}
