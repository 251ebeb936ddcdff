import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { QosParameter, ThresholdSet } from '../../core/qos/threshold-schema';
import { INDEX_LABELS } from '../../core/qos/labels';
import { useLanguage } from '../i18n/useLanguage';
import { allZero, barValueLabel, legendIndexes, qosBarsConfig, qosBarsDescription } from './qos-bars-config';
import type { ComparisonRow } from './qos-measure';
import { ChartBox } from './ChartBox';
import { useChart } from './useChart';
import './charts.css';

interface Props {
  parameter: QosParameter;
  rows: readonly ComparisonRow[];
  set: ThresholdSet;
  linkCapacityBitsPerSecond: number | null;
  /** For the printed report: no animation, so the chart is complete when drawn. */
  print?: boolean;
}

/** The chart as bars; a chart whose bars would all be 0 would be an empty frame, so it is not drawn. */
function BarsCanvas({ config, description, title, print }: { config: ReturnType<typeof qosBarsConfig>; description: string; title: string; print: boolean }) {
  const canvas = useChart(config);
  return <ChartBox canvas={canvas} label={description} title={title} className="chart-box" print={print} />;
}

/** One bar per service for one QoS index, coloured by TIPHON band (the paper's Figures 12–15), with its colour legend. */
export function QosBars({ parameter, rows, set, linkCapacityBitsPerSecond, print = false }: Props) {
  const { t } = useTranslation();
  const { language, locale } = useLanguage();
  const input = useMemo(
    () => ({ parameter, rows, set, linkCapacityBitsPerSecond, title: t(`qosCharts.${parameter}`), locale, print }),
    [parameter, rows, set, linkCapacityBitsPerSecond, t, locale, print],
  );
  const indexLabel = (index: number | null) => (index === null ? t('qosCharts.notGraded') : `${index} · ${INDEX_LABELS[language][index as 0 | 1 | 2 | 3 | 4]}`);
  const config = useMemo(() => qosBarsConfig(input), [input]);
  const description = useMemo(
    () => qosBarsDescription(input, (index) => (index === null ? t('qosCharts.notGraded') : INDEX_LABELS[language][index as 0 | 1 | 2 | 3 | 4])),
    [input, t, language],
  );
  const zero = allZero(input);
  return (
    <figure className={`chart qos-bars${print ? ' print' : ''}${zero ? ' all-zero' : ''}`} data-parameter={parameter}>
      {zero ? (
        <div className="chart-zero" role="img" aria-label={description}>
          <p className="chart-zero-title">{input.title}</p>
          <p className="chart-zero-text">{t('qosCharts.allZero', { value: barValueLabel(input, 0) })}</p>
        </div>
      ) : (
        <BarsCanvas config={config} description={description} title={input.title} print={print} />
      )}
      <figcaption>
        <ul className="grade-legend" aria-label={t('qosCharts.legend')}>
          {legendIndexes(input).map((index) => (
            <li key={String(index)}>
              <span className={`swatch index-${index ?? 'none'}`} aria-hidden="true" />
              {indexLabel(index)}
            </li>
          ))}
        </ul>
        <span className="sr-only">{description}</span>
      </figcaption>
    </figure>
  );
}
