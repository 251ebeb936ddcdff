import type { ChartConfiguration, ChartType, Plugin } from 'chart.js';
import { ChartBox } from './ChartBox';
import { useChart } from './useChart';
import './charts.css';

// One chart.js chart on one canvas (drawn and updated by useChart). On screen it fills its box;
// in print it has a fixed size and no animation, so the page can be printed as soon as it has
// rendered.

export const PRINT_SIZE = { width: 680, height: 300 };

interface Props<T extends ChartType> {
  config: ChartConfiguration<T>;
  plugins?: Plugin[];
  print?: boolean;
  label: string;
  testId: string;
}

export function ChartCanvas<T extends ChartType>({ config, plugins, print = false, label, testId }: Props<T>) {
  const canvas = useChart(config as ChartConfiguration<T, unknown[], unknown>, plugins);

  if (print) {
    return (
      <div className="live-chart print" data-testid={testId} style={PRINT_SIZE}>
        <canvas ref={canvas} role="img" aria-label={label} width={PRINT_SIZE.width} height={PRINT_SIZE.height} />
      </div>
    );
  }
  return <ChartBox canvas={canvas} label={label} className="live-chart" testId={testId} />;
}
