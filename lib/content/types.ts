import type { ForeignTerms } from '../typography';
import type {
  Angebotsart,
  Dezernat,
  Dimension,
  Fachbereich,
  Katalog,
  KontaktFrontmatter,
  MassnahmeFrontmatter,
  SeiteFrontmatter,
  Suchbegriff,
  Zielgruppe,
} from './schema';

/** A Markdown part of a content file, rendered once at load time. */
export interface TextPart {
  markdown: string;
  /** Sanitised HTML. */
  html: string;
  /** Plain text, for excerpts, search and exports. */
  text: string;
}

/** A measure as the site uses it: the validated front matter plus derived fields. */
export interface Massnahme extends MassnahmeFrontmatter {
  slug: string;
  /** Source file relative to the project root. */
  datei: string;
  beschreibung: TextPart;
  ziele: TextPart;
  /** Further text of "Wer ist für die Maßnahme verantwortlich?", where given. */
  verantwortung?: TextPart;
  /** First sentence of the description. */
  auszug: string;
}

export interface Kontakt extends KontaktFrontmatter {
  slug: string;
  datei: string;
  beschreibung: TextPart;
}

export interface Seite extends SeiteFrontmatter {
  slug: string;
  inhalt: TextPart;
}

/** The whole validated catalogue, loaded once per process. */
export interface Catalog {
  katalog: Katalog;
  dimensionen: Dimension[];
  dezernate: Dezernat[];
  fachbereiche: Fachbereich[];
  zielgruppen: Zielgruppe[];
  angebotsarten: Angebotsart[];
  kontakte: Kontakt[];
  seiten: Map<string, Seite>;
  /** All measures in brochure order. */
  massnahmen: Massnahme[];
  /** Search synonyms kept by the equality office (content/suchbegriffe.yml; may be empty). */
  suchbegriffe: Suchbegriff[];
  /** Expressions in other languages (content/sprachen.yml), compiled (lib/typography.ts). */
  sprachen: ForeignTerms;
}
