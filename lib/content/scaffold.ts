import { stringify } from 'yaml';
import type { MassnahmeFrontmatter } from './schema';

/** File name (slug) for a measure title: lowercase ASCII, ä → ae, ö → oe, ü → ue, ß → ss. */
export function slugify(title: string): string {
  return title
    .toLocaleLowerCase('de')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
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
