/**
 * Frictionless Data Package (v2) describing /massnahmen.csv (served at /datapackage.json).
 * The Table Schema is derived from the CSV column definitions in lib/export.ts and from the
 * catalogue's vocabularies, so a new column or a new vocabulary entry appears here by itself.
 * Decisions (docs/open-data.md): multi-valued cells are strings whose pattern allows only
 * vocabulary values joined by ", "; single-valued vocabulary columns use `enum`.
 */
import type { Catalog } from './content/types';
import { type CsvColumn, csvColumnDefs, csvListSeparator, excelSafe } from './export';
import { licence, publisherName } from './opendata';
import { absoluteUrl } from './site';

const profile = (name: string) => `https://datapackage.org/profiles/2.0/${name}.json`;

/** Escapes a literal for a Table Schema `pattern` (XML Schema syntax, which JavaScript reads the same way). */
function literal(value: string): string {
  return value.replace(/[\\|.?*+{}()[\]^$-]/g, '\\$&');
}

export interface TableField {
  name: string;
  title: string;
  description: string;
  type: 'string' | 'boolean';
  format?: 'uri';
  trueValues?: string[];
  falseValues?: string[];
  constraints?: { required?: boolean; unique?: boolean; enum?: string[]; pattern?: string };
}

/** The Table Schema field of one CSV column. */
export function tableField(catalog: Catalog, column: CsvColumn): TableField {
  const constraints: NonNullable<TableField['constraints']> = {};
  if (column.required) constraints.required = true;
  const values = column.vocabulary?.(catalog).map(excelSafe);
  if (values && column.list) {
    const one = `(${values.map(literal).join('|')})`;
    constraints.pattern = `^${one}(${literal(csvListSeparator)}${one})*$`;
  } else if (values) {
    constraints.enum = values;
  }
  if (column.url) constraints.unique = true;
  const description = column.list
    ? `${column.description}. Mehrere Werte durch „${csvListSeparator}“ getrennt; erlaubt: ${values?.join(' | ')}`
    : column.description;
  return {
    name: column.name,
    title: column.name,
    description,
    ...(column.boolean
      ? { type: 'boolean', trueValues: [column.boolean.true], falseValues: [column.boolean.false] }
      : { type: 'string' }),
    ...(column.url ? { format: 'uri' } : {}),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

/** The Data Package descriptor of the catalogue's CSV export. */
export function dataPackage(catalog: Catalog) {
  const { katalog } = catalog;
  const primaryKey = csvColumnDefs.filter((c) => c.url).map((c) => c.name);
  return {
    $schema: profile('datapackage'),
    name: 'diversity-massnahmenkatalog-herne',
    title: `${katalog.titel} (${katalog.auflage}. Auflage, Stand ${katalog.stand})`,
    description:
      'Die Maßnahmen des Diversity-Maßnahmenkatalogs der Stadtverwaltung Herne, eine Zeile je Maßnahme.',
    homepage: absoluteUrl('/daten'),
    version: `${katalog.auflage}.0.0`,
    keywords: [
      'Diversity',
      'Vielfalt',
      'Gleichstellung',
      'Herne',
      ...catalog.dimensionen.map((d) => d.titel),
    ],
    licenses: [{ path: licence.url, title: licence.text }],
    contributors: [
      {
        title: publisherName(katalog),
        roles: ['publisher'],
        email: katalog.herausgeberin.email,
      },
    ],
    resources: [
      {
        name: 'massnahmen',
        type: 'table',
        path: absoluteUrl('/massnahmen.csv'),
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        description: 'UTF-8 mit Byte Order Mark (für Excel), Semikolon als Trennzeichen, Zeilenende CRLF.',
        dialect: {
          $schema: profile('tabledialect'),
          header: true,
          delimiter: ';',
          lineTerminator: '\r\n',
          quoteChar: '"',
          doubleQuote: true,
        },
        schema: {
          $schema: profile('tableschema'),
          fields: csvColumnDefs.map((c) => tableField(catalog, c)),
          missingValues: [''],
          ...(primaryKey.length ? { primaryKey } : {}),
        },
      },
    ],
  };
}
