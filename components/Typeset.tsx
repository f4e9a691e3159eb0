import { type ForeignTerms, noForeignTerms, typeset } from '@/lib/typography';

/**
 * A title or label as the page shows it: soft hyphens in long German words, expressions in
 * another language marked with it (lib/typography.ts). For text from the catalogue (pass its
 * `sprachen`) and long fixed words; Markdown gets the same from lib/markdown.ts.
 */
export function Typeset({ text, terms = noForeignTerms }: { text: string; terms?: ForeignTerms }) {
  return typeset(text, terms).map((piece, i) =>
    piece.lang ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: a fixed sequence of text pieces, never reordered
      <span key={i} lang={piece.lang}>
        {piece.text}
      </span>
    ) : (
      piece.text
    ),
  );
}
