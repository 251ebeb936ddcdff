import { useMemo } from 'react';
import { liveNodeConfig, type LiveChartOptions, type LiveSample } from './live-node-config';
import { useChart } from './useChart';

/** The rolling chart of node memory and CPU on the Node page. */
export function LiveNodeChart({ samples, label, ...options }: { samples: readonly LiveSample[]; label: string } & LiveChartOptions) {
  const { locale, labels, windowSeconds, print } = options;
  const config = useMemo(() => liveNodeConfig(samples, { locale, labels, windowSeconds, print }), [samples, locale, labels, windowSeconds, print]);
  const canvas = useChart(config);
  return (
    <div className="chart-box live-chart">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
