import type { Segment } from '@/lib/search';

/** Text with the matched words in <mark>. */
export function Highlighted({ segments }: { segments: readonly Segment[] }) {
  return segments.map((s, i) =>
    s.mark ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: a fixed sequence of text pieces, never reordered
      <mark key={i} className="bg-focus px-0.5 text-ink">
        {s.text}
      </mark>
    ) : (
      s.text
    ),
  );
}
