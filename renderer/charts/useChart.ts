import { useEffect, useRef } from 'react';
import { Chart, type ChartConfiguration, type ChartType } from 'chart.js';

// One chart.js instance per canvas for the component's life; a new configuration replaces
// data and options in place (no re-creation, no animation between live samples).
export function useChart<T extends ChartType, D>(config: ChartConfiguration<T, D>) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<T, D> | null>(null);

  useEffect(() => {
    if (!canvas.current) return;
    if (!chart.current) {
      chart.current = new Chart(canvas.current, config);
      return;
    }
    chart.current.data = config.data;
    if (config.options) chart.current.options = config.options;
    chart.current.update('none');
  }, [config]);

  useEffect(
    () => () => {
      chart.current?.destroy();
      chart.current = null;
    },
    [],
  );
  return canvas;
}
