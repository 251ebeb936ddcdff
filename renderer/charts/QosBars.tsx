import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Title, Tooltip } from 'chart.js';
import type { QosParameter, ThresholdSet } from '../../electron/qos/thresholds';
import { INDEX_LABELS } from '../../electron/qos/labels';
import { useLanguage } from '../i18n/useLanguage';
import { qosBarsConfig, qosBarsDescription } from './qos-bars-config';
import type { ComparisonRow } from './qos-measure';
import { useChart } from './useChart';
import './charts.css';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Title, Tooltip);

interface Props {
  parameter: QosParameter;
  rows: readonly ComparisonRow[];
  set: ThresholdSet;
  linkCapacityBitsPerSecond: number | null;
  /** For the printed report: no animation, so the chart is complete when drawn. */
  print?: boolean;
}

/** One bar per service for one QoS index, coloured by TIPHON band (the paper's Figures 12–15). */
export function QosBars({ parameter, rows, set, linkCapacityBitsPerSecond, print = false }: Props) {
  const { t } = useTranslation();
  const { language, locale } = useLanguage();
  const input = useMemo(
    () => ({ parameter, rows, set, linkCapacityBitsPerSecond, title: t(`qosCharts.${parameter}`), locale, print }),
    [parameter, rows, set, linkCapacityBitsPerSecond, t, locale, print],
  );
  const config = useMemo(() => qosBarsConfig(input), [input]);
  const description = useMemo(
    () => qosBarsDescription(input, (index) => (index === null ? t('qosCharts.notGraded') : INDEX_LABELS[language][index as 0 | 1 | 2 | 3 | 4])),
    [input, t, language],
  );
  const canvas = useChart(config);
  return (
    <figure className={`chart qos-bars${print ? ' print' : ''}`} data-parameter={parameter}>
      <div className="chart-box">
        <canvas ref={canvas} role="img" aria-label={description} />
      </div>
      <figcaption className="sr-only">{description}</figcaption>
    </figure>
  );
}
