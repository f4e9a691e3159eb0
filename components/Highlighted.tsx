import type { Segment } from '@/lib/search';
import type { ForeignTerms } from '@/lib/typography';
import { Typeset } from './Typeset';

/** Text with the matched words in <mark>, set like every title (components/Typeset.tsx). */
export function Highlighted({ segments, terms }: { segments: readonly Segment[]; terms: ForeignTerms }) {
  return segments.map((s, i) =>
    s.mark ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: a fixed sequence of text pieces, never reordered
      <mark key={i} className="bg-focus px-0.5 text-ink">
        <Typeset text={s.text} terms={terms} />
      </mark>
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: a fixed sequence of text pieces, never reordered
      <Typeset key={i} text={s.text} terms={terms} />
    ),
  );
}
