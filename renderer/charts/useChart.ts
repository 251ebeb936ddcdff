import { useEffect, useRef } from 'react';
import { Chart, type ChartConfiguration, type ChartType } from 'chart.js';

/**
 * Draws a chart.js configuration on the returned canvas and redraws it whenever the
 * configuration object changes (callers memoise it). Each chart component registers the
 * chart.js parts it uses, so the bundle holds only those.
 */
export function useChart<T extends ChartType>(config: ChartConfiguration<T, unknown[], unknown>) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, config as ChartConfiguration);
    return () => chart.destroy();
  }, [config]);
  return canvas;
}
