import { useContext, useEffect, useRef } from 'react';
import { Chart, type ChartConfiguration, type ChartType, type Plugin } from 'chart.js';
import { ChartReadinessContext } from './readiness';
import './charts.css';

// One chart.js chart on one canvas. On screen it fills its box and follows new data without
// redrawing from scratch; in print it has a fixed size and no animation, so the page can be
// printed as soon as it has rendered.

export const PRINT_SIZE = { width: 680, height: 300 };

interface Props<T extends ChartType> {
  config: ChartConfiguration<T>;
  plugins?: Plugin[];
  print?: boolean;
  label: string;
  testId: string;
}

export function ChartCanvas<T extends ChartType>({ config, plugins = [], print = false, label, testId }: Props<T>) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | null>(null);
  // Inside a report: the first paint of each chart is what the print waits for.
  const readiness = useContext(ChartReadinessContext);
  const drawn = useRef<(() => void) | null>(null);

  useEffect(() => {
    if (!canvas.current) return;
    // People who asked their system for less motion get charts that appear drawn.
    const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    const options = still ? { ...config.options, animation: false as const } : config.options;
    const current = chart.current;
    if (current && (current.config as { type?: string }).type === config.type) {
      current.data = config.data as Chart['data'];
      current.options = options as Chart['options'];
      current.update('none');
      return;
    }
    current?.destroy();
    drawn.current?.();
    const painted = readiness?.expect() ?? null;
    drawn.current = painted;
    const paintedPlugin: Plugin = { id: 'proxlabPainted', afterRender: () => painted?.() };
    chart.current = new Chart(canvas.current, { ...config, options, plugins: [...plugins, paintedPlugin] } as unknown as ChartConfiguration);
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

  if (print) {
    return (
      <div className="live-chart print" data-testid={testId} style={PRINT_SIZE}>
        <canvas ref={canvas} role="img" aria-label={label} width={PRINT_SIZE.width} height={PRINT_SIZE.height} />
      </div>
    );
  }
  return (
    <div className="live-chart" data-testid={testId}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
