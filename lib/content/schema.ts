import { z } from 'zod';
import { richtungen } from './labels';

/**
 * Schemas of everything in `content/`. One schema per kind of file; the inferred
 * types are the only types the rest of the app uses for content.
 *
 * The `meta({ description })` texts are German because editors read them: they
 * feed the generated field reference in docs/redaktion.md and the JSON Schema
 * in public/schema/massnahme.json.
 */

/** Slugs: lowercase ASCII words joined by "-" (umlauts written ae/oe/ue, ß as ss). */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = z.string().regex(slugPattern, {
  message: 'Nur Kleinbuchstaben a–z, Ziffern und Bindestriche (ä → ae, ö → oe, ü → ue, ß → ss).',
});
const nonEmpty = z.string().trim().min(1, { message: 'Darf nicht leer sein.' });

/** A section of the catalogue (content/dimensionen.yaml). */
export const dimensionSchema = z.strictObject({
  /** URL segment and the value used in a measure's `dimensionen`. */
  slug,
  /** Section number in the brochure (1 = Übergreifende Maßnahmen). */
  nummer: z.number().int().positive(),
  /** Heading as printed. */
  titel: nonEmpty,
  /** Short label for badges and filters. */
  kurztitel: nonEmpty,
  /** One line shown on the start page tile. */
  beschreibung: nonEmpty,
  /** Optional introduction shown on the section page. */
  einleitung: z.string().optional(),
});
export type Dimension = z.infer<typeof dimensionSchema>;

/** A Dezernat (content/dezernate.yaml). */
export const dezernatSchema = z.strictObject({
  /** Roman numeral as printed ("I", "III", …); the value of a measure's `dezernat`. */
  id: z.string().regex(/^[IVX]+$/, { message: 'Römische Zahl in Großbuchstaben, z. B. IV.' }),
  /** URL segment (/dezernate/<slug>), the numeral in lowercase. */
  slug,
  /** Display name, e.g. "Dezernat IV". */
  titel: nonEmpty,
});
export type Dezernat = z.infer<typeof dezernatSchema>;

/** An organisational unit, Fachbereich or Büro (content/fachbereiche.yaml). */
export const fachbereichSchema = z.strictObject({
  /** URL segment and the value used in a measure's `fachbereiche`. */
  slug,
  /** Name as printed, e.g. "Fachbereich Soziales". */
  titel: nonEmpty,
  /** "Fachbereich" or "Büro". */
  art: z.enum(['Fachbereich', 'Büro']),
  /** Number of the unit where the brochure shows it (12/2 … → 12). */
  nummer: z.number().int().positive().optional(),
  /** Id of the Dezernat the unit belongs to. */
  dezernat: nonEmpty,
  /**
   * Contact point (file name in content/kontakte/ without .md) that answers for the whole
   * unit, only where the brochure records one; used by „Wer hilft weiter?“.
   */
  kontakt: slug.optional(),
});
export type Fachbereich = z.infer<typeof fachbereichSchema>;

/** A target group of the controlled vocabulary (content/zielgruppen.yaml). */
export const zielgruppeSchema = z.strictObject({
  /** Value used in a measure's `zielgruppen` and in the filter URL. */
  slug,
  /** Display name. */
  titel: nonEmpty,
});
export type Zielgruppe = z.infer<typeof zielgruppeSchema>;

/** An offer type of the controlled vocabulary (content/angebotsarten.yaml). */
export const angebotsartSchema = z.strictObject({
  /** Value used in a measure's `angebotsart` and in the filter URL. */
  slug,
  /** Display name (badge, filter). */
  titel: nonEmpty,
  /** One sentence for citizens: what this kind of offer is. */
  beschreibung: nonEmpty,
  /** true for offers a person uses directly (Beratung, Treffpunkt …); the start page links to them. */
  direkt: z.boolean().optional(),
});
export type Angebotsart = z.infer<typeof angebotsartSchema>;

/** Edition data (content/katalog.yaml). */
export const katalogSchema = z.strictObject({
  /** Title of the brochure. */
  titel: nonEmpty,
  /** Edition number (3 = 3. Auflage). */
  auflage: z.number().int().positive(),
  /** "Stand" as printed, e.g. "August 2024". */
  stand: z
    .string()
    .regex(/^(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}$/, {
      message: 'Monat und Jahr, z. B. „August 2025“.',
    }),
  /** Publisher and the editors' office. */
  herausgeberin: z.strictObject({
    name: nonEmpty,
    stelle: nonEmpty,
    strasse: nonEmpty,
    plz: z.string().regex(/^\d{5}$/),
    ort: nonEmpty,
    email: z.email(),
    telefon: nonEmpty,
  }),
  /** Where the city publishes the catalogue today. */
  onlineFassung: z.url().optional(),
});
export type Katalog = z.infer<typeof katalogSchema>;

/** Allowed values of the controlled vocabularies, used to build the measure schema. */
export interface Vocabulary {
  dimensionen: readonly string[];
  dezernate: readonly string[];
  fachbereiche: readonly string[];
  zielgruppen: readonly string[];
  angebotsarten: readonly string[];
  kontakte: readonly string[];
}

const enumOf = (values: readonly string[]) => z.enum(values as [string, ...string[]]);

/**
 * Front matter of one measure (content/massnahmen/<slug>.md). The keys are a
 * contract with editors, exports and checks (docs/contracts.md, "Content").
 */
export function massnahmeFrontmatterSchema(vocab: Vocabulary) {
  return z.strictObject({
    titel: nonEmpty.meta({ description: 'Voller Titel der Maßnahme, wie auf ihrer Seite im Katalog.' }),
    kurztitel: nonEmpty.optional().meta({
      description:
        'Kurzer Name aus der Übersichtstabelle – nur angeben, wenn er sich vom Titel unterscheidet.',
    }),
    dimensionen: z
      .array(enumOf(vocab.dimensionen))
      .min(1, { message: 'Mindestens eine Dimension angeben.' })
      .meta({ description: 'Abschnitt(e) des Katalogs, in denen die Maßnahme steht. Mehrere sind möglich.' }),
    reihenfolge: z.number().int().positive().optional().meta({
      description:
        'Position im gedruckten Katalog (aufsteigend). Ohne Angabe steht die Maßnahme am Ende ihrer Gruppe.',
    }),
    dezernat: enumOf(vocab.dezernate).meta({
      description: 'Dezernat, zu dem die federführende Stelle gehört.',
    }),
    fachbereiche: z
      .array(enumOf(vocab.fachbereiche))
      .min(1, { message: 'Mindestens einen Fachbereich oder ein Büro angeben.' })
      .meta({
        description: 'Fachbereich(e) oder Büro(s); der erste ist federführend und muss zum Dezernat gehören.',
      }),
    verantwortlich: nonEmpty.meta({
      description:
        'Antwort auf „Wer ist für die Maßnahme verantwortlich?“ – Stellen, Abteilungen, Personen, wie im Katalog.',
    }),
    richtung: z
      .array(z.enum(richtungen))
      .min(1, { message: 'Mindestens eine Richtung angeben: innen und/oder aussen.' })
      .meta({
        description:
          '„innen“ = für Beschäftigte der Stadtverwaltung, „aussen“ = für die Öffentlichkeit; beides ist möglich.',
      }),
    neu: z
      .boolean()
      .meta({ description: 'true, wenn die Maßnahme in der aktuellen Auflage neu ist, sonst false.' }),
    zielgruppen: z
      .array(enumOf(vocab.zielgruppen))
      .min(1, { message: 'Mindestens eine Zielgruppe angeben.' })
      .meta({ description: 'Zielgruppen aus der festen Liste (content/zielgruppen.yaml).' }),
    angebotsart: z
      .array(enumOf(vocab.angebotsarten))
      .min(1, { message: 'Mindestens eine Angebotsart angeben.' })
      .meta({
        description:
          'Art des Angebots aus der festen Liste (content/angebotsarten.yaml), zugeordnet nach den Regeln in docs/content.md; die wichtigste zuerst, mehrere sind möglich.',
      }),
    kontakte: z
      .array(enumOf(vocab.kontakte))
      .optional()
      .meta({ description: 'Anlaufstellen aus dem Anhang (Dateinamen in content/kontakte/ ohne .md).' }),
    links: z
      .array(
        z.strictObject({
          titel: nonEmpty.meta({ description: 'Text des Links.' }),
          url: z
            .url({ protocol: /^https?$/, message: 'Vollständige Adresse mit http:// oder https://.' })
            .meta({ description: 'Adresse der Seite.' }),
        }),
      )
      .optional()
      .meta({ description: 'Externe Seiten, die im Text genannt werden.' }),
  });
}
export type MassnahmeFrontmatter = z.infer<ReturnType<typeof massnahmeFrontmatterSchema>>;

/** Front matter of a contact point (content/kontakte/<slug>.md). */
export const kontaktFrontmatterSchema = z.strictObject({
  /** Heading as printed in the appendix. */
  titel: nonEmpty,
  /** Position in the appendix. */
  reihenfolge: z.number().int().positive(),
  kontakt: z.strictObject({
    /** Person named under "Kontakt:". */
    name: nonEmpty.optional(),
    /** Organisation line under "Kontakt:". */
    stelle: nonEmpty.optional(),
    strasse: nonEmpty,
    plz: z
      .string()
      .regex(/^\d{5}$/, { message: 'Fünfstellige Postleitzahl in Anführungszeichen, z. B. "44623".' }),
    ort: nonEmpty,
    /** Phone number as printed. */
    telefon: nonEmpty,
    /** Dialable number in E.164 form for tel: links. */
    telefonLink: z
      .string()
      .regex(/^\+49\d{6,13}$/, { message: 'Wählbare Nummer im Format +492323… ohne Leerzeichen.' }),
    /** Label where it is not just "Telefon". */
    telefonBezeichnung: nonEmpty.optional(),
    email: z.email({ message: 'Gültige E-Mail-Adresse.' }).optional(),
  }),
});
export type KontaktFrontmatter = z.infer<typeof kontaktFrontmatterSchema>;

/**
 * One entry of the search terms list (content/suchbegriffe.yml), kept by the equality office:
 * either words that mean the same (`gleichbedeutend`, every one finds all others) or a
 * one-way rule (`suche` finds also what `findet` finds).
 */
export const suchbegriffSchema = z
  .strictObject({
    gleichbedeutend: z
      .array(nonEmpty)
      .min(2, { message: 'Mindestens zwei gleichbedeutende Begriffe angeben.' })
      .optional(),
    suche: z.array(nonEmpty).min(1, { message: 'Mindestens einen Suchbegriff angeben.' }).optional(),
    findet: z.array(nonEmpty).min(1, { message: 'Mindestens einen Begriff angeben.' }).optional(),
  })
  .superRefine((v, ctx) => {
    const oneWay = v.suche !== undefined || v.findet !== undefined;
    if (v.gleichbedeutend && oneWay)
      ctx.addIssue({
        code: 'custom',
        path: ['suche'],
        message: 'Ein Eintrag hat entweder „gleichbedeutend“ oder „suche“ und „findet“, nicht beides.',
      });
    else if (!v.gleichbedeutend && !oneWay)
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'Leerer Eintrag: „gleichbedeutend: […]“ oder „suche: […]“ mit „findet: […]“ angeben.',
      });
    else if (oneWay && (!v.suche || !v.findet))
      ctx.addIssue({
        code: 'custom',
        path: [v.suche ? 'suche' : 'findet'],
        message: '„suche“ und „findet“ gehören zusammen: bitte beide angeben.',
      });
  });
export type Suchbegriff = z.infer<typeof suchbegriffSchema>;

/** Expressions in another language (content/sprachen.yml), marked with it on the site (WCAG 3.1.2). */
export const spracheSchema = z.strictObject({
  sprache: z
    .string()
    .regex(/^[a-z]{2,3}$/, { message: 'Sprachkürzel nach ISO 639, klein geschrieben, z. B. „en“ oder „tr“.' })
    .refine((v) => v !== 'de', {
      message: 'Deutsch ist die Sprache der Website und wird nicht eingetragen.',
    }),
  ausdruecke: z.array(nonEmpty).min(1, { message: 'Mindestens einen Ausdruck angeben.' }),
});
export type Sprache = z.infer<typeof spracheSchema>;

/** Front matter of a text page (content/seiten/<slug>.md). */
export const seiteFrontmatterSchema = z.strictObject({
  titel: nonEmpty,
  /** Meta description of the page (one sentence). */
  beschreibung: nonEmpty.optional(),
  /** Signature under the text (Vorwort). */
  unterschrift: nonEmpty.optional(),
  /** Closing line before the signature. */
  gruss: nonEmpty.optional(),
});
export type SeiteFrontmatter = z.infer<typeof seiteFrontmatterSchema>;
