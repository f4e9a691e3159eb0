/**
 * Labels of the vocabulary values defined in code (not in content/). Every place that shows a
 * value of `richtung` to a person takes its label from here: filter form, badges, detail page,
 * proposal form and its preview, CSV export and the editors' field reference.
 *
 * The vocabularies kept in content/ (dimensionen, dezernate, fachbereiche, zielgruppen,
 * kontakte) carry their labels in their YAML/Markdown files (`titel`, `kurztitel`).
 */

/** Directions of a measure: for staff (`innen`) and/or for the public (`aussen`). */
export const richtungen = ['innen', 'aussen'] as const;
export type Richtung = (typeof richtungen)[number];

export interface RichtungLabel {
  /** Badge in lists and previews. */
  kurz: string;
  /** Form options, detail page, field reference. */
  lang: string;
  /** Cell of the CSV export. */
  csv: string;
}

export const richtungLabels: Readonly<Record<Richtung, RichtungLabel>> = {
  innen: {
    kurz: 'Für Beschäftigte',
    lang: 'Nach innen: für Beschäftigte der Stadtverwaltung',
    csv: 'nach innen',
  },
  aussen: {
    kurz: 'Für Bürger*innen',
    lang: 'Nach außen: für Bürger*innen',
    csv: 'nach außen',
  },
};

/** The label of a direction in the given form; an unknown value is shown as it is. */
export function richtungLabel(value: string, form: keyof RichtungLabel): string {
  return Object.hasOwn(richtungLabels, value) ? richtungLabels[value as Richtung][form] : value;
}

/** Value/label pairs for form options (filter form, proposal form). */
export const richtungOptions: readonly { value: Richtung; label: string }[] = richtungen.map((value) => ({
  value,
  label: richtungLabels[value].lang,
}));
