/**
 * A horizontal bar chart rendered on the server as SVG. The SVG is decorative for
 * assistive technology (aria-hidden); the same numbers are in a table beside it, so
 * no information depends on the picture. No chart library reaches the browser.
 */
export function BarChart({ rows, max }: { rows: { label: string; value: number }[]; max?: number }) {
  const top = max ?? Math.max(1, ...rows.map((r) => r.value));
  const rowHeight = 32;
  const labelWidth = 210;
  const barWidth = 300;
  const height = rows.length * rowHeight;
  return (
    <svg
      viewBox={`0 0 ${labelWidth + barWidth + 50} ${height}`}
      className="h-auto w-full max-w-2xl"
      aria-hidden="true"
      focusable="false"
    >
      {rows.map((r, i) => {
        const y = i * rowHeight;
        const w = Math.round((r.value / top) * barWidth);
        return (
          <g key={r.label}>
            <text x={labelWidth - 8} y={y + 21} textAnchor="end" fontSize="14" fill="#0b0c0c">
              {r.label}
            </text>
            <rect x={labelWidth} y={y + 6} width={Math.max(w, 1)} height={rowHeight - 12} fill="#1a4480" />
            <text x={labelWidth + w + 6} y={y + 21} fontSize="14" fill="#0b0c0c">
              {r.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
