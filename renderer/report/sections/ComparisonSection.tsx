import type { LabReportModel } from '../../../core/report/model';
import { VERDICT_LABELS, thresholdSetName } from '../../../core/qos/labels';
import { formatFixed } from '../../../core/format/numbers';
import { formatBitsPerSecond, formatPercent } from '../format';
import { listWords, type ReportLanguage } from '../text';
import { indexText } from './ServiceSection';
import { TiphonTable } from '../../charts/TiphonTable';
import { ComparisonCharts, comparisonRows } from './ComparisonCharts';

const PARAMETERS = ['throughput', 'delay', 'jitter', 'loss'] as const;

/**
 * The services side by side: with a built-in threshold set, the TIPHON table and the four
 * comparison charts; graded with a set the report cannot name (a user's own), the summary
 * table alone, since band lines of another set would mislead.
 */
export function ComparisonSection({ model, n, draw, lang }: { model: LabReportModel; n: number; draw: boolean; lang: ReportLanguage }) {
  const { t, language } = lang;
  const set = model.thresholds;
  const rows = comparisonRows(model);
  const column = model.services[0].grade.column;
  return (
    <section className="report-section" data-section="comparison">
      <h3>{t('report.section.comparison', { n })}</h3>
      {set ? (
        <>
          <TiphonTable
            rows={rows}
            set={set}
            linkCapacityBitsPerSecond={null}
            column={column}
            print
            caption={t('report.s2.tiphonCaption', { n, column: t(`qosCharts.column.${column}`), thresholds: thresholdSetName(set, language) })}
          />
          <ComparisonCharts rows={rows} set={set} n={n} draw={draw} lang={lang} />
        </>
      ) : (
        <SummaryTable model={model} n={n} lang={lang} />
      )}
    </section>
  );
}

function SummaryTable({ model, n, lang }: { model: LabReportModel; n: number; lang: ReportLanguage }) {
  const { t, locale, language } = lang;
  return (
    <table className="grid summary">
      <caption>{t('report.s2.summaryCaption', { n })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('report.s2.service')}</th>
          <th scope="col" className="num">
            {t('report.s2.throughput')}
          </th>
          {PARAMETERS.map((p) => (
            <th key={p} scope="col">
              {t(`report.s2.${p}`)}
            </th>
          ))}
          <th scope="col" className="num">
            {t('report.s2.mean')}
          </th>
          <th scope="col">{t('report.s2.verdict')}</th>
        </tr>
      </thead>
      <tbody>
        {model.services.map((s) => {
          const missing = PARAMETERS.filter((p) => s.grade[p] === null).map((p) => t(`report.s2.${p}`).toLowerCase());
          return (
            <tr key={s.service}>
              <th scope="row">{s.service}</th>
              <td className="num">{s.recipe.throughputBitsPerSecond === null ? '—' : formatBitsPerSecond(s.recipe.throughputBitsPerSecond, locale)}</td>
              {PARAMETERS.map((p) => (
                <td key={p}>{indexText(s.grade[p], lang)}</td>
              ))}
              <td className="num">{s.grade.mean === null ? '—' : `${formatFixed(s.grade.mean, 2, locale)} (${formatPercent(s.grade.percent!, locale)})`}</td>
              <td>
                {s.grade.verdict ? (
                  <strong>{VERDICT_LABELS[language][s.grade.verdict]}</strong>
                ) : (
                  <span className="missing">{t('report.s2.missing', { params: listWords(missing, t('report.conclusion.and')) })}</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
