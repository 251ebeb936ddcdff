import { useMemo } from 'react';
import { liveNodeConfig, type LiveChartOptions, type LiveSample } from './live-node-config';
import { ChartBox } from './ChartBox';
import { useChart } from './useChart';

/** The rolling chart of node memory and CPU on the Node page. */
export function LiveNodeChart({ samples, label, ...options }: { samples: readonly LiveSample[]; label: string } & LiveChartOptions) {
  const { locale, labels, windowSeconds, print } = options;
  const config = useMemo(() => liveNodeConfig(samples, { locale, labels, windowSeconds, print }), [samples, locale, labels, windowSeconds, print]);
  const canvas = useChart(config);
  return <ChartBox canvas={canvas} label={label} className="chart-box live-chart" print={print} />;
}
