import type { ClassStats } from '../../../core/class/schema';
import { INDEX_COLOURS } from '../../charts/qos-measure';

// The class's spread drawn small enough to sit under a column's header, and larger on the
// printed summary: plain SVG, so it prints sharp and needs no chart engine per cell.

/** A horizontal box plot on the column's own scale: whiskers min–max, box Q1–Q3, a bar at the median. */
export function BoxPlot({ stats, width = 60, height = 18, label }: { stats: ClassStats; width?: number; height?: number; label: string }) {
  if (stats.min === null || stats.q1 === null || stats.median === null || stats.q3 === null || stats.max === null) return null;
  // A column where everyone has the same figure still draws, as a line in the middle.
  const range = stats.max > stats.min ? { low: stats.min, high: stats.max } : { low: stats.min - 1, high: stats.max + 1 };
  const pad = 3;
  const x = (v: number) => pad + ((v - range.low) / (range.high - range.low)) * (width - 2 * pad);
  const mid = height / 2;
  const box = height * 0.36;
  return (
    <svg className="box-plot" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <line x1={x(stats.min)} x2={x(stats.max)} y1={mid} y2={mid} className="whisker" />
      <line x1={x(stats.min)} x2={x(stats.min)} y1={mid - box / 2} y2={mid + box / 2} className="whisker" />
      <line x1={x(stats.max)} x2={x(stats.max)} y1={mid - box / 2} y2={mid + box / 2} className="whisker" />
      <rect x={x(stats.q1)} y={mid - box} width={Math.max(1, x(stats.q3) - x(stats.q1))} height={box * 2} className="box" />
      <line x1={x(stats.median)} x2={x(stats.median)} y1={mid - box} y2={mid + box} className="median" />
    </svg>
  );
}

/** Students per TIPHON index, lowest index on the left, each bar in its index's colour; labelled, the indexes below and the counts above. */
export function IndexHistogram({
  bins,
  width = 60,
  height = 22,
  label,
  labelled = false,
}: {
  bins: ReadonlyArray<{ index: number; count: number }>;
  width?: number;
  height?: number;
  label: string;
  labelled?: boolean;
}) {
  if (!bins.length) return null;
  const most = Math.max(1, ...bins.map((b) => b.count));
  const axis = labelled ? 12 : 0;
  const top = labelled ? 10 : 0;
  const slot = width / bins.length;
  const plot = height - axis;
  return (
    <svg className="index-histogram" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      {bins.map((bin, i) => {
        const h = bin.count ? Math.max(2, (bin.count / most) * (plot - top - 1)) : 0;
        return (
          <g key={bin.index}>
            <rect x={i * slot + 1} y={plot - h} width={slot - 2} height={h} fill={INDEX_COLOURS[bin.index]} />
            <line x1={i * slot + 1} x2={(i + 1) * slot - 1} y1={plot - 0.5} y2={plot - 0.5} className="baseline" />
            {labelled && (
              <text x={(i + 0.5) * slot} y={height - 2} textAnchor="middle" className="axis-text">
                {bin.index}
              </text>
            )}
            {labelled && bin.count > 0 && (
              <text x={(i + 0.5) * slot} y={plot - h - 2} textAnchor="middle" className="count-text">
                {bin.count}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
