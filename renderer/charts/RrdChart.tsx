import { useMemo } from 'react';
import type { RrdRowView } from '../../core/contract/proxmox';
import { rrdConfig, type RrdChartOptions, type RrdMetric } from './rrd-config';
import { ChartBox } from './ChartBox';
import { useChart } from './useChart';

/** One metric of a node's RRD history (CPU, load, memory or network). */
export function RrdChart({ rows, metric, title, ...options }: { rows: readonly RrdRowView[]; metric: RrdMetric; title: string } & RrdChartOptions) {
  const { locale, timeframe, labels, print } = options;
  const config = useMemo(() => rrdConfig(rows, metric, { locale, timeframe, labels, print }), [rows, metric, locale, timeframe, labels, print]);
  const canvas = useChart(config);
  return (
    <figure className="chart-figure" data-metric={metric}>
      <figcaption>{title}</figcaption>
      <ChartBox canvas={canvas} label={title} className="chart-box rrd-chart" print={print} />
    </figure>
  );
}
