import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThresholdSet } from '../../core/qos/threshold-schema';
import { thresholdSetName } from '../../core/qos/labels';
import { useLanguage } from '../i18n/useLanguage';
import { QOS_PARAMETERS, type ComparisonRow } from './qos-measure';
import { tiphonTableRows } from './tiphon-table-model';
import './charts.css';

interface Props {
  rows: readonly ComparisonRow[];
  set: ThresholdSet;
  linkCapacityBitsPerSecond: number | null;
  /** Which column (docs/qos-method.md) was graded, named in the caption. */
  column: 'recipe' | 'measured';
  /** For the printed report (no interaction; kept for symmetry with the charts). */
  print?: boolean;
  /** The report's own, numbered caption in place of the page's. */
  caption?: string;
}

/** Every service × the four TIPHON indexes, with the overall mean and verdict. */
export function TiphonTable({ rows, set, linkCapacityBitsPerSecond, column, print = false, caption }: Props) {
  const { t } = useTranslation();
  const { language, locale } = useLanguage();
  const model = useMemo(
    () =>
      tiphonTableRows(rows, set, linkCapacityBitsPerSecond, language, locale, {
        notAvailable: t('qosCharts.notAvailable'),
        notGraded: t('qosCharts.notGraded'),
      }),
    [rows, set, linkCapacityBitsPerSecond, language, locale, t],
  );
  return (
    <table className={`data-table tiphon-table${print ? ' print' : ''}`}>
      <caption>{caption ?? t('qosCharts.tableCaption', { thresholds: thresholdSetName(set, language), column: t(`qosCharts.column.${column}`) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('qosCharts.service')}</th>
          {QOS_PARAMETERS.map((parameter) => (
            <th key={parameter} scope="col">
              {t(`qosCharts.${parameter}`)}
            </th>
          ))}
          <th scope="col">{t('qosCharts.mean')}</th>
          <th scope="col">{t('qosCharts.verdict')}</th>
        </tr>
      </thead>
      <tbody>
        {model.map((row) => (
          <tr key={row.id} data-service={row.service}>
            <th scope="row">{row.service}</th>
            {row.cells.map((cell, i) => (
              <td key={QOS_PARAMETERS[i]} data-parameter={QOS_PARAMETERS[i]}>
                <span className="tiphon-value">{cell.value}</span>
                <span className={`tiphon-badge index-${cell.index ?? 'none'}`}>{cell.grade}</span>
              </td>
            ))}
            <td className="num">{row.mean}</td>
            <td className="tiphon-verdict">{row.verdict}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
