import type { Segment } from '@/lib/search';

/** Text with the matched words in <mark>. */
export function Highlighted({ segments }: { segments: readonly Segment[] }) {
  let offset = 0;
  return (
    <>
      {segments.map((s) => {
        const key = offset;
        offset += s.text.length;
        return s.mark ? (
          <mark key={key} className="bg-focus px-0.5 text-ink">
            {s.text}
          </mark>
        ) : (
          <span key={key}>{s.text}</span>
        );
      })}
    </>
  );
}
