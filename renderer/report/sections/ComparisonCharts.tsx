import type { LabReportModel } from '../../../core/report/model';
import type { ThresholdSet } from '../../../core/qos/threshold-schema';
import { INDEX_LABELS } from '../../../core/qos/labels';
import { QosBars } from '../../charts/QosBars';
import { allZero, qosBarsDescription } from '../../charts/qos-bars-config';
import { gradedMeasure, QOS_PARAMETERS, type ComparisonRow } from '../../charts/qos-measure';
import type { ReportLanguage } from '../text';
import { ReportChart } from './ReportChart';

/** Each service's graded column as the comparison charts and the TIPHON table take it. */
export function comparisonRows(model: LabReportModel): ComparisonRow[] {
  return model.services.map((s) => ({ id: s.service, service: s.service, values: s.graded, grade: s.grade }));
}

/**
 * The comparison charts of the paper's Figures 12–15, drawn for print or described in words.
 * A chart no service has a value for would be empty: a sentence below the others says so.
 */
export function ComparisonCharts({ rows, set, n, draw, lang }: { rows: ComparisonRow[]; set: ThresholdSet; n: number; draw: boolean; lang: ReportLanguage }) {
  const { t, locale, language } = lang;
  const hasValues = (parameter: (typeof QOS_PARAMETERS)[number]) => rows.some((row) => gradedMeasure(parameter, row.values, set, null) !== null);
  const drawn = QOS_PARAMETERS.filter(hasValues);
  const empty = QOS_PARAMETERS.filter((parameter) => !hasValues(parameter));
  return (
    <>
      {drawn.length > 0 && <p className="figure-title">{t('report.charts.comparisonTitle', { n })}</p>}
      <div className="comparison-charts">
        {drawn.map((parameter) => {
          const input = { parameter, rows, set, linkCapacityBitsPerSecond: null, title: t(`qosCharts.${parameter}`), locale, print: true };
          const chart = <QosBars parameter={parameter} rows={rows} set={set} linkCapacityBitsPerSecond={null} print />;
          // 0 for every service is a sentence, not a drawing: the HTML file carries it as it is.
          if (allZero(input))
            return (
              <div key={parameter} className="report-chart">
                {chart}
              </div>
            );
          const description = draw
            ? undefined
            : qosBarsDescription(input, (index) => (index === null ? t('qosCharts.notGraded') : INDEX_LABELS[language][index as 0 | 1 | 2 | 3 | 4]));
          return <ReportChart key={parameter} figure={`compare-${parameter}`} draw={draw} chart={chart} description={description} lang={lang} />;
        })}
      </div>
      {empty.map((parameter) => (
        <p key={parameter} className="note chart-none">
          {t('report.charts.noValues', { title: t(`qosCharts.${parameter}`) })}
        </p>
      ))}
    </>
  );
}
