import { useContext, useEffect, useRef } from 'react';
import { Chart, type ChartConfiguration, type ChartType, type Plugin } from 'chart.js';
import { ChartReadinessContext } from './readiness';

/**
 * Draws a chart.js configuration on the returned canvas and redraws it whenever the
 * configuration object changes (callers memoise it). Each chart component registers the
 * chart.js parts it uses, so the bundle holds only those. Inside a report, the chart tells
 * the report's readiness when it has painted.
 */
export function useChart<T extends ChartType>(config: ChartConfiguration<T, unknown[], unknown>) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const readiness = useContext(ChartReadinessContext);
  useEffect(() => {
    if (!canvas.current) return;
    const drawn = readiness?.expect();
    const painted: Plugin = { id: 'proxlabPainted', afterRender: () => drawn?.() };
    const chart = new Chart(canvas.current, { ...config, plugins: [...(config.plugins ?? []), painted] } as ChartConfiguration);
    return () => {
      chart.destroy();
      drawn?.();
    };
  }, [config, readiness]);
  return canvas;
}
