import { z } from 'zod';
import { richtungen, richtungLabels } from './labels';
import { massnahmeFrontmatterSchema, type Vocabulary } from './schema';
import type { Catalog } from './types';

export function vocabularyOf(catalog: Catalog): Vocabulary {
  return {
    dimensionen: catalog.dimensionen.map((d) => d.slug),
    dezernate: catalog.dezernate.map((d) => d.id),
    fachbereiche: catalog.fachbereiche.map((f) => f.slug),
    zielgruppen: catalog.zielgruppen.map((z) => z.slug),
    angebotsarten: catalog.angebotsarten.map((a) => a.slug),
    kontakte: catalog.kontakte.map((k) => k.slug),
  };
}

/** JSON Schema of a measure's front matter, for editors' tools (public/schema/massnahme.json). */
export function massnahmeJsonSchema(catalog: Catalog): Record<string, unknown> {
  const schema = z.toJSONSchema(massnahmeFrontmatterSchema(vocabularyOf(catalog)), {
    target: 'draft-2020-12',
  });
  return {
    ...schema,
    $id: '/schema/massnahme.json',
    title: 'Maßnahme im Diversity-Maßnahmenkatalog der Stadt Herne (Kopfbereich der Markdown-Datei)',
  };
}

interface JsonProp {
  description?: string;
  type?: string;
  enum?: string[];
  items?: JsonProp & { properties?: Record<string, JsonProp> };
}

/** German Markdown reference of every front-matter field, generated from the schema so it never drifts. */
export function fieldReference(catalog: Catalog): string {
  const schema = massnahmeJsonSchema(catalog) as { properties: Record<string, JsonProp>; required: string[] };
  const labels = new Map<string, string>([
    ...catalog.dimensionen.map((d) => [d.slug, d.titel] as const),
    ...catalog.dezernate.map((d) => [d.id, d.titel] as const),
    ...catalog.fachbereiche.map((f) => [f.slug, f.titel] as const),
    ...catalog.zielgruppen.map((z) => [z.slug, z.titel] as const),
    ...catalog.angebotsarten.map((a) => [a.slug, `${a.titel}: ${a.beschreibung}`] as const),
    ...catalog.kontakte.map((k) => [k.slug, k.titel] as const),
    ...richtungen.map((r) => [r, richtungLabels[r].lang] as const),
  ]);
  const typeName = (p: JsonProp): string => {
    if (p.type === 'array')
      return `Liste (${p.items?.type === 'object' ? 'Einträge mit titel und url' : 'je Zeile „- wert“'})`;
    if (p.type === 'boolean') return 'true oder false';
    if (p.type === 'integer' || p.type === 'number') return 'ganze Zahl';
    return 'Text';
  };
  const out: string[] = [];
  for (const [key, prop] of Object.entries(schema.properties)) {
    const required = schema.required.includes(key);
    out.push(`### \`${key}\` – ${required ? 'Pflichtfeld' : 'freiwillig'}`, '');
    out.push(`${prop.description ?? ''}`, '');
    out.push(`- Art: ${typeName(prop)}`);
    const values = prop.enum ?? prop.items?.enum;
    if (values) {
      out.push('- Erlaubte Werte:');
      for (const v of values) out.push(`  - \`${v}\`${labels.has(v) ? ` – ${labels.get(v)}` : ''}`);
    }
    out.push('');
  }
  return out.join('\n').trimEnd();
}

export const referenceStart =
  '<!-- felder:start – automatisch erzeugt mit "npm run schema", bitte nicht von Hand ändern -->';
export const referenceEnd = '<!-- felder:end -->';

/** Replaces the generated part of the editors' guide. */
export function withReference(guide: string, reference: string): string {
  const start = guide.indexOf(referenceStart);
  const end = guide.indexOf(referenceEnd);
  if (start < 0 || end < start)
    throw new Error('Markierungen für die Feldreferenz fehlen in docs/redaktion.md.');
  return `${guide.slice(0, start + referenceStart.length)}\n\n${reference}\n\n${guide.slice(end)}`;
}
