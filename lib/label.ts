/**
 * Labels followed by what they label („Telefon: 02323 16-2629“, „Dimension: Bitte … auswählen.“).
 * Client-safe (no Node APIs): the proposal form uses it in the browser.
 */

/** Marks that already end a label; a colon after them („verantwortlich?:“) reads as a typo. */
const closingMarks = ['?', '!', '.', ':', '…'];

/** The label as it stands before its value: with a colon, unless it already ends with a punctuation mark. */
export function labelPrefix(label: string): string {
  const trimmed = label.trimEnd();
  return closingMarks.some((mark) => trimmed.endsWith(mark)) ? trimmed : `${trimmed}:`;
}

/** „Label: text“, or „Label? text“ for a label that ends with a punctuation mark. */
export function labelled(label: string, text: string): string {
  return `${labelPrefix(label)} ${text}`;
}
