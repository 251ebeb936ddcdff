import { useMemo } from 'react';
import type { RrdRowView } from '../../electron/contract/proxmox';
import { rrdConfig, type RrdChartOptions, type RrdMetric } from './rrd-config';
import { useChart } from './useChart';

/** One metric of a node's RRD history (CPU, load, memory or network). */
export function RrdChart({ rows, metric, title, ...options }: { rows: readonly RrdRowView[]; metric: RrdMetric; title: string } & RrdChartOptions) {
  const { locale, timeframe, labels, print } = options;
  const config = useMemo(() => rrdConfig(rows, metric, { locale, timeframe, labels, print }), [rows, metric, locale, timeframe, labels, print]);
  const canvas = useChart(config);
  return (
    <figure className="chart-figure" data-metric={metric}>
      <figcaption>{title}</figcaption>
      <div className="chart-box rrd-chart">
        <canvas ref={canvas} role="img" aria-label={title} />
      </div>
    </figure>
  );
}
