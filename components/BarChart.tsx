/**
 * A horizontal bar chart in plain HTML and CSS, rendered on the server. Its labels are
 * ordinary text at the page's small type size (14 px), so they stay readable on phones
 * (an SVG with a viewBox shrank them to about 8 px at 390 px). The chart is decorative for
 * assistive technology (aria-hidden); the same numbers are in a table beside it, so no
 * information depends on the picture. No chart library reaches the browser.
 */
export function BarChart({ rows, max }: { rows: { label: string; value: number }[]; max?: number }) {
  const top = max ?? Math.max(1, ...rows.map((r) => r.value));
  return (
    <div
      className="bar-chart grid max-w-2xl grid-cols-[minmax(6rem,13rem)_minmax(0,1fr)] gap-x-3 gap-y-2 text-sm"
      aria-hidden="true"
    >
      {rows.map((r) => (
        <div key={r.label} className="contents">
          <span className="self-center text-right">{r.label}</span>
          <span className="flex items-center gap-2">
            {/* The bar's length as an SVG attribute: the CSP allows no inline style. */}
            <svg
              viewBox="0 0 100 1"
              preserveAspectRatio="none"
              className="h-5 min-w-0 flex-1"
              aria-hidden="true"
              focusable="false"
            >
              <rect width={Math.max((r.value / top) * 100, 0.5)} height="1" fill="#1a4480" />
            </svg>
            <span className="w-8 tabular-nums">{r.value}</span>
          </span>
        </div>
      ))}
    </div>
  );
}
