import { useContext, useEffect, useRef } from 'react';
import { Chart, type ChartConfiguration, type ChartType, type Plugin } from 'chart.js';
import { mergeChartData } from './merge-data';
import { ChartReadinessContext } from './readiness';
import './register';

/**
 * Draws a chart.js configuration on the returned canvas. A new configuration (callers memoise
 * it) updates the chart in place, so an open tooltip, the hover and series hidden from the
 * legend stay as the viewer left them; only a change of chart type builds a new chart. Inside
 * a report, the chart tells the report's readiness when it has first painted.
 */
export function useChart<T extends ChartType>(config: ChartConfiguration<T, unknown[], unknown>, plugins: readonly Plugin[] = []) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | null>(null);
  const readiness = useContext(ChartReadinessContext);
  const drawn = useRef<(() => void) | null>(null);

  useEffect(() => {
    if (!canvas.current) return;
    // People who asked their system for less motion get charts that appear drawn.
    const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    const options = still ? { ...config.options, animation: false as const } : config.options;
    const current = chart.current;
    if (current && current.canvas === canvas.current && (current.config as { type?: string }).type === config.type) {
      mergeChartData(current.data as never, config.data as never);
      current.options = options as Chart['options'];
      // 'resize' is chart.js's transition without animation that still resolves every element's
      // options again; after 'none', points drawn while a chart had one sample kept their radius
      // once the series had become a line.
      current.update('resize');
      return;
    }
    current?.destroy();
    drawn.current?.();
    const painted = readiness?.expect() ?? null;
    drawn.current = painted;
    const paintedPlugin: Plugin = { id: 'proxlabPainted', afterRender: () => painted?.() };
    // The configuration's own plugins (a bar chart's band lines and values) come first.
    chart.current = new Chart(canvas.current, {
      ...config,
      options,
      plugins: [...(config.plugins ?? []), ...plugins, paintedPlugin],
    } as unknown as ChartConfiguration);
    // plugins is fixed per chart kind: only a new config asks for an update.
  }, [config]);

  useEffect(
    () => () => {
      chart.current?.destroy();
      chart.current = null;
      drawn.current?.();
    },
    [],
  );

  return canvas;
}
