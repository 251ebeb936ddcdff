import { useEffect, useMemo, useState } from 'react';
import { Chart } from 'chart.js';
import { ChartBox } from './ChartBox';
import { LECTURER_COLOURS, lecturerChartConfig, lecturerFontPx, type LecturerMarker } from './lecturer-chart-config';
import type { LiveSample } from './live-node-config';
import { useChart } from './useChart';

interface Props {
  samples: readonly LiveSample[];
  markers: readonly LecturerMarker[];
  label: string;
  locale: string;
  labels: { memory: string; cpu: string; time: string };
  windowSeconds: number;
}

function useViewportHeight(): number {
  const [height, setHeight] = useState(() => window.innerHeight);
  useEffect(() => {
    const onResize = () => setHeight(window.innerHeight);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return height;
}

/** Measures marker names in the chart's own bold font, so they can be set beside their line. */
function textMeasure(fontPx: number): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length * fontPx * 0.6;
  context.font = `bold ${fontPx}px ${Chart.defaults.font.family}`;
  return (text) => context.measureText(text).width;
}

/** The lecturer view's chart: node memory and CPU, guest starts and stops, type sized from the screen. */
export function LecturerChart({ samples, markers, label, locale, labels, windowSeconds }: Props) {
  const fontPx = lecturerFontPx(useViewportHeight());
  const textWidth = useMemo(() => textMeasure(fontPx), [fontPx]);
  const config = useMemo(
    () => lecturerChartConfig({ samples, markers, locale, labels, windowSeconds, fontPx, textWidth }),
    [samples, markers, locale, labels, windowSeconds, fontPx, textWidth],
  );
  const canvas = useChart(config);
  return <ChartBox canvas={canvas} label={label} className="chart-box lecturer-canvas" testId="lecturer-chart" background={LECTURER_COLOURS.background} />;
}
